-- Issue #16, points 3 and 4. Portable SQL: runs unchanged on H2 and PostgreSQL.

-- Accounts made by the demo seeder. Under profile postgres the application refuses to start while one of them
-- still has the demo password (security.DemoAccountsGuard), so that no default account reaches production.
alter table user_account add column demo_account boolean not null default false;
-- Databases seeded before this column existed: the seeder's usernames (demo.DemoData, demo.SecondPeople). A real
-- account that happens to have one of these names is only stopped if its password is "demo" too.
update user_account set demo_account = true
    where username in ('admin', 'porteur', 'comite', 'camille', 'sam', 'dominique', 'rachid', 'morgane', 'bruno');

-- Audit filters: the experimentation an event belongs to and the person it is about (both optional).
alter table audit_event add column experimentation_id bigint;
alter table audit_event add column subject_person_id bigint;
create index audit_event_experimentation_idx on audit_event (experimentation_id, occurred_at);
create index audit_event_subject_idx on audit_event (subject_person_id, occurred_at);
create index audit_event_actor_idx on audit_event (actor_id, occurred_at);
create index audit_event_kind_idx on audit_event (kind, occurred_at);
