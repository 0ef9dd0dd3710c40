-- SV-3.4.3: a department asks the supervisors for help with a finding's rectification at any time, not only in its
-- periodic report; the request and the supervisors' answer are kept with the reports.
alter table rectification_progress add column ad_hoc boolean default false not null;
