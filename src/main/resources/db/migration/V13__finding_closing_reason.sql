-- SV-3.4 says rectification goes on until it meets the standard. 管理层 closing a finding as failed departs from
-- that rule: the record keeps the departure and 管理层's reason.
alter table audit_finding add column closing_reason varchar(2100);
