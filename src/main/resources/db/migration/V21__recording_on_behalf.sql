-- Acting on someone's behalf, honestly: a carrier may allow a practitioner to record for others, and a
-- contribution recorded for a person keeps how that person gave their agreement.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table membership add column may_record_for_others boolean default false not null;

alter table contribution add column consent_kind varchar(20);
alter table contribution add column consent_note varchar(1000);
create index contribution_author_idx on contribution (author_id);
