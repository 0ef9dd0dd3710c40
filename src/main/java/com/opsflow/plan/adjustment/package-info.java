/**
 * Plan adjustments (计划调整, OC-2.1.3, OM-3.4): a department applies to change one of its plans in
 * force; once approved, a new version of the plan comes into force and the previous one is superseded.
 */
package com.opsflow.plan.adjustment;
