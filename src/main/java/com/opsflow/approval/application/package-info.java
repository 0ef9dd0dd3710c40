/**
 * What the people of an application see and do around it: 我的申请 with 撤回, the application's page, 转办 and 委派,
 * the task cards of Tasklist's lists, and the {@code /api} endpoints behind the 审批操作 tab.
 */
package com.opsflow.approval.application;
