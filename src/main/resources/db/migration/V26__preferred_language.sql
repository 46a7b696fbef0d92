-- The language a person reads Faire-Avec in (e-mails, and the pages once signed in): "fr" or "en";
-- null means French, the default.
alter table person add column preferred_language varchar(8);
