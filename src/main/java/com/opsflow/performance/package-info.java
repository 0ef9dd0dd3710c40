/** The performance ledger (绩效台账, SV-5, OC-4.4): points for and against departments and people, each traceable to its source. */
package com.opsflow.performance;
