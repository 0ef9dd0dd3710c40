/**
 * The company annual plan (公司年度运营计划, OM-3.1): 运营部 consolidates the departments' approved annual plans under
 * the company's yearly goals and 管理层 approves it; it opens when every department's annual plan is in force, on a
 * date in configuration, or by 运营部's hand, and a department plan approved after it makes a new version.
 */
package com.opsflow.plan.company;
