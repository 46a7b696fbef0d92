-- ShedLock's lock table (issue #15): a Spring-scheduled job (meeting reminders, the mail outbox, purges) takes the
-- row named after it before running, so that with several application nodes on one database it runs once per period.
-- Columns as ShedLock's JdbcTemplateLockProvider expects them (its documented DDL); times are the database's own.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
