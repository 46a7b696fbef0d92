-- Optimistic locking for what people edit (two carriers, or an author and a carrier, at the same time): the second
-- save fails with a clear message instead of silently overwriting the first (JPA @Version).
alter table meeting add column version bigint default 0 not null;
alter table meeting_minutes add column version bigint default 0 not null;
alter table meeting_rule add column version bigint default 0 not null;
alter table contribution add column version bigint default 0 not null;
