/**
 * 加签 / 减签: the reviewer holding a step adds people from the organisation to decide before them (Camunda's
 * delegation: the task comes back), after them, or alongside them (a sub-task each), and removes one who has not
 * decided yet; every opinion goes into the record's trail and the task's history.
 */
package com.opsflow.approval.signer;
