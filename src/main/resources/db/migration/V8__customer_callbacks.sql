-- 客户回访 (CC-3.2.4): when a closed case's customer was called back and what they said; a case a call-back raised
-- names the case it came from.
alter table customer_case add column related_case varchar(32);
alter table customer_case add column callback_scheduled_at timestamp with time zone;
alter table customer_case add column called_back_at timestamp with time zone;
alter table customer_case add column called_back_by varchar(64);
alter table customer_case add column callback_opinion varchar(2000);
create index ix_customer_case_callback on customer_case (status, callback_scheduled_at);
