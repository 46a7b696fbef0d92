-- A person's rights (issue #16, point 9): an erased person stays as a row, so that counts and reports stay whole,
-- but under the pseudonym "Personne effacée N" with no contact data. erased_no is N (numbered once, never reused);
-- erased_at says when. Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table person add column erased_at timestamp;
alter table person add column erased_no integer;
alter table person add constraint person_erased_no_uk unique (erased_no);
