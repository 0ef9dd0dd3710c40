/**
 * Operation plans (运营计划, OM-3, OC-2.1): the plan records and their approval, filing or publishing,
 * and the drafting calendar that opens the drafting of every department's plans.
 */
package com.opsflow.plan;
