-- The applicant's record, the representative, the service form and the request fingerprint are
-- shown or compared whole, never filtered, joined or sorted on, so the planner has no use for their
-- statistics. Collecting them was the costliest part of every automatic ANALYZE on this table
-- (detoasting and sorting a sample of JSON documents), which runs again and again while intake
-- grows the table.
alter table applications_application
    alter column applicant set statistics 0,
    alter column representative set statistics 0,
    alter column fields set statistics 0,
    alter column request_hash set statistics 0;
