-- OM-3.2 / OM-3.3: a quarterly plan breaks down the department's annual plan, a monthly plan refines the
-- quarterly plan. The plan names its parent plan; each item names the parent item it breaks down (its number
-- and, as submitted, its text — the parent may be adjusted later) or says why it has none.
alter table operation_plan add column parent_plan_number varchar(64);
alter table operation_plan_item add column parent_item_no integer;
alter table operation_plan_item add column parent_item varchar(300);
alter table operation_plan_item add column unlinked_reason varchar(200);
create index operation_plan_parent on operation_plan (parent_plan_number);
-- an adjustment's proposed items are plan items too; the adjusted version takes the links over from the items
-- it leaves unchanged (OperationPlan.nextVersion), so these stay empty
alter table plan_adjustment_item add column parent_item_no integer;
alter table plan_adjustment_item add column parent_item varchar(300);
alter table plan_adjustment_item add column unlinked_reason varchar(200);
