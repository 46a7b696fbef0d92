-- Retention (issue #16, point 10): each experimentation keeps its people's data for a period after it closes (in
-- months, default 24, set by a carrier within its template's maximum); a daily job then anonymises what its people
-- gave in it and marks it anonymised, so that it is never done twice. closed_at is when the process closed it; an
-- experimentation closed before this migration counts from now (its closing instant was not kept).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table experimentation add column closed_at timestamp;
alter table experimentation add column retention_months int default 24 not null;
alter table experimentation add column anonymised_at timestamp;
update experimentation set closed_at = current_timestamp where status = 'CLOSED';
create index experimentation_retention_idx on experimentation (status, anonymised_at);
