-- Indexes the benchmark showed missing (issue #14, docs/performance.md): at scale L "My next steps" and the
-- dashboard read a person's recent contributions and their meeting invitations on every view, which scanned the
-- whole contribution (300,000 rows) and meeting_participant (120,000 rows) tables.
create index contribution_recorded_by_idx on contribution (recorded_by_id, created_at);
create index meeting_participant_person_idx on meeting_participant (person_id);
