-- Every record's decision trail says which entries are reviewers' decisions (APPROVE, RETURN, REJECT), so code
-- asks for "the last approval" by type instead of by the words people read.
alter table operation_plan_trail add column decision varchar(16);
alter table plan_adjustment_trail add column decision varchar(16);
alter table collaboration_project_trail add column decision varchar(16);
alter table supervision_audit_trail add column decision varchar(16);

update operation_plan_trail set decision = 'APPROVE' where action = '同意';
update operation_plan_trail set decision = 'RETURN' where action = '退回修改' or action like '退回至%';
update operation_plan_trail set decision = 'REJECT' where action = '驳回';
update plan_adjustment_trail set decision = 'APPROVE' where action = '同意';
update plan_adjustment_trail set decision = 'RETURN' where action = '退回修改' or action like '退回至%';
update plan_adjustment_trail set decision = 'REJECT' where action = '驳回';
update collaboration_project_trail set decision = 'APPROVE' where action = '同意';
update collaboration_project_trail set decision = 'RETURN' where action = '退回修改' or action like '退回至%';
update collaboration_project_trail set decision = 'REJECT' where action = '驳回';
update supervision_audit_trail set decision = 'APPROVE' where action = '同意';
update supervision_audit_trail set decision = 'RETURN' where action = '退回修改' or action like '退回至%';
update supervision_audit_trail set decision = 'REJECT' where action = '驳回';
