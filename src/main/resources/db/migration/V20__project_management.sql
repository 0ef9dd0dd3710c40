-- CC-3.4 项目管理: any department's project, not only a cross-department one. 立项 — scope, feasibility study and the
-- budget (万元), the customer where there is one; 计划 — resources and the quality plan beside the phases; 执行 — each
-- progress report's cost; 验收 — the customer's sign-off and the 验收报告; 后评价 after a configured period.
alter table collaboration_project add column scope varchar(2000);
alter table collaboration_project add column feasibility varchar(4000);
alter table collaboration_project add column budget numeric(12, 2);
alter table collaboration_project add column customer varchar(100);
alter table collaboration_project add column resource_plan varchar(2000);
alter table collaboration_project add column quality_plan varchar(2000);
alter table collaboration_project add column customer_signed_by varchar(50);
alter table collaboration_project add column customer_signed_on date;
alter table collaboration_project add column acceptance_report varchar(4000);
alter table collaboration_project add column post_evaluation varchar(4000);
alter table collaboration_project add column evaluated_at timestamp with time zone;
alter table project_progress_report add column cost_incurred numeric(12, 2) default 0 not null;
