-- CC-3.2.3: a complaint's case analysis may start a rectification of its own; the finding then has no audit, and its
-- source number (the audit's or the case's) starts the rectification's business key
alter table audit_finding alter column audit_id drop not null;
alter table audit_finding add column source_number varchar(64);
update audit_finding set source_number = (select a.audit_number from supervision_audit a where a.id = audit_finding.audit_id);
alter table customer_case add column rectification varchar(64);
