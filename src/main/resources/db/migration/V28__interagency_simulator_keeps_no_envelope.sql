-- The simulator wrote every request envelope it received and nothing ever read it: the consumer keeps
-- what it sent (interagency_request.sent_envelope), and a SMEV node's archive is not ours to keep.
alter table interagency_simulator_message drop column request_envelope;
