/**
 * Tasklist as every employee finds it: the filters 我的待办, 部门待办 and 已逾期 with their card variables, and
 * their authorization-checked task queries made fast on PostgreSQL ({@code TasklistQueries}, its indexes).
 */
package com.opsflow.tasklist;
