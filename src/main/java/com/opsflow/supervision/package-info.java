/**
 * Supervision audits (运营督导, SV-3 to SV-5): the supervision plan, the on-site audit and its findings,
 * feedback and report, rectification per finding until it passes, and the summary.
 */
package com.opsflow.supervision;
