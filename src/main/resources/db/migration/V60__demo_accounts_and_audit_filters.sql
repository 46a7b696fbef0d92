-- Issue #16, points 3 and 4. Portable SQL: runs unchanged on H2 and PostgreSQL.

-- Accounts made by the demo seeder. Under profile postgres the application refuses to start while one of them
-- still has the demo password (security.DemoAccountsGuard), so that no default account reaches production.
alter table user_account add column demo_account boolean not null default false;

-- Audit filters: the experimentation an event belongs to and the person it is about (both optional).
alter table audit_event add column experimentation_id bigint;
alter table audit_event add column subject_person_id bigint;
create index audit_event_experimentation_idx on audit_event (experimentation_id, occurred_at);
create index audit_event_subject_idx on audit_event (subject_person_id, occurred_at);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at);
create index audit_event_kind_idx on audit_event (kind, occurred_at);
