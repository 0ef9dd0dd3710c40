/**
 * 离职转办: when someone leaves, an administrator hands all their work to a successor in one action — open tasks,
 * running applications, 抄送 entries — and removes them from their groups.
 */
package com.opsflow.approval.leaver;
