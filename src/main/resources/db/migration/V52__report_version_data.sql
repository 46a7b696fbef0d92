-- Report versions that really are "as of" their date (issue #12, leftovers): each kept version also keeps the data it
-- was written from (the assembled phase reports as gzip-compressed JSON), with person ids where the workbook prints
-- names, never a name. A version made again after a consent to be named is given or withdrawn is written from these
-- data with today's names and pseudonyms. Null for versions kept before: they are made again from the data as of
-- their date. Portable SQL: bytea is PostgreSQL's binary type and an alias of binary varying in H2.
alter table report_version add column report_data bytea;
