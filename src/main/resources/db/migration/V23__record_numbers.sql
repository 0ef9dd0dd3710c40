-- Numbers like PRJ-2026-014 are taken from a counter per series: the counter's row is locked until the taking
-- transaction ends, so employees submitting at the same moment never number two records alike (the load test found
-- projects numbered twice when numbers were counted from the records).
create table record_number_counter (
  prefix     varchar(60) not null primary key,
  last_value bigint      not null
);
