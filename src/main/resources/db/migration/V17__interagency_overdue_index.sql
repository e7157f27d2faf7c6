-- Requests time out from any state short of an answer, queued ones included (a request SMEV never
-- took): the sweep finds them by due date through this index instead of reading every open request.
drop index interagency_request_waiting;
create index interagency_request_overdue on interagency_request (due_at) where state in ('QUEUED', 'SENT', 'ACCEPTED');
