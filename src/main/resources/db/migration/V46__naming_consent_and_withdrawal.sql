-- Privacy by default in reports (issue #12, point 2). Portable SQL: runs unchanged on H2 and PostgreSQL.

-- Consent to be named in reports, recorded on the membership: the latest state, when, how and who noted it.
-- Kind: SELF when the person chose on their own page, else how they told the carrier (ORAL, WRITTEN, OTHER + note).
alter table membership add column named_in_reports boolean not null default false;
alter table membership add column naming_consent_at timestamp;
alter table membership add column naming_consent_kind varchar(20);
alter table membership add column naming_consent_note varchar(1000);
alter table membership add column naming_consent_noted_by bigint references person (id);

-- The stable pseudonym "Personne concernée N" of a member of the lived-experience college: assigned once, in
-- membership order, never reused (the counter below only grows, even when someone leaves).
alter table membership add column pseudonym_no integer;

create table pseudonym_counter (
    experimentation_id bigint  not null primary key references experimentation (id),
    last_no            integer not null
);

update membership set pseudonym_no = (
    select x.n from (
        select id, row_number() over (partition by experimentation_id order by id) as n
        from membership where college = 'LIVED_EXPERIENCE'
    ) x where x.id = membership.id)
where college = 'LIVED_EXPERIENCE';

insert into pseudonym_counter (experimentation_id, last_no)
select e.id, coalesce((select max(m.pseudonym_no) from membership m where m.experimentation_id = e.id), 0)
from experimentation e;

-- A contribution its author (or the carrier for them) withdrew: kept, marked, no longer counted nor shown.
alter table contribution add column withdrawn_at timestamp;
alter table contribution add column withdrawn_by_id bigint references person (id);
-- Who last corrected or withdrew it, and how the author agreed when it was someone else (a ConsentKind).
alter table contribution add column changed_by_id bigint references person (id);
alter table contribution add column change_consent_kind varchar(20);
alter table contribution add column change_consent_note varchar(1000);
