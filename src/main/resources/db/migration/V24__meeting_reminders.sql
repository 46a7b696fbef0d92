-- The day before a meeting, the people invited who did not say no are reminded once.
alter table meeting add column reminder_sent_at timestamp;
