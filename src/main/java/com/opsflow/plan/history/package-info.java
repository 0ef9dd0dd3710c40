/** A plan's versions and the adjustments between them, read by the people allowed to see the plan. */
package com.opsflow.plan.history;
