/** What every review step shares: decisions, comments, the decision history, and refusing bad submissions. */
package com.opsflow.approval;
