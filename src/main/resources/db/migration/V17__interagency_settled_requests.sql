-- A request stops concerning the staff's lists once it is settled: its application closed, or a later
-- request of the same kind was queued. The list's «ожидает ответа СМЭВ» and «просрочен ответ СМЭВ» read
-- only unsettled requests, so their indexes hold the organisation's current work, not its history.
alter table interagency_request add column settled_at timestamptz;

drop index interagency_request_open;
drop index interagency_request_timed_out;
-- «ожидает ответа СМЭВ»: probed per application of the list's page, walked to count.
create index interagency_request_open on interagency_request (application_id)
    where state in ('QUEUED', 'SENT', 'ACCEPTED') and settled_at is null;
-- «просрочен ответ СМЭВ»: timed out, or on its way past its due date; read from the index alone.
create index interagency_request_overdue on interagency_request (application_id, state, due_at)
    where state in ('QUEUED', 'SENT', 'ACCEPTED', 'TIMED_OUT') and settled_at is null;
