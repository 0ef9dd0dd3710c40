/** What every review step shares: decisions and comments, withdraw, transfer and delegate, CC, reminders and escalation, countersign, and refusing bad submissions. */
package com.opsflow.approval;
