-- Interagency requests over SMEV 3 (module interagency). A request is written in the transaction of the
-- action that asks for it (the outbox) and delivered by senders on any node (FOR UPDATE SKIP LOCKED);
-- answers arrive asynchronously. A round is the set of requests one action sent; when its required
-- requests are done the application moves on through the system action the round names.
create table interagency_round (
    application_id  bigint not null references applications_application (id),
    round           int not null,
    started_at      timestamptz not null,
    on_answered     text not null,
    on_incomplete   text not null,
    -- The status the action that started the round was taken in (a re-request returns there).
    from_status     text not null,
    -- Set by the system action that concludes the round, in its transaction (or when the application
    -- has moved on without it, e.g. after «Пропустить МЗ»).
    concluded_at    timestamptz,
    outcome         text,
    primary key (application_id, round)
);
create index interagency_round_open on interagency_round (application_id) where concluded_at is null;

create table interagency_request (
    id               bigint generated always as identity primary key,
    application_id   bigint not null,
    round            int not null,
    organisation_id  int not null,
    kind_code        text not null,
    required         boolean not null,
    -- UUID v1, as SMEV requires; a retry sends the same one.
    message_id       uuid not null unique,
    state            text not null,
    request_body     text not null,
    queued_at        timestamptz not null,
    due_at           timestamptz not null,
    next_attempt_at  timestamptz,
    attempts         int not null default 0,
    sent_at          timestamptz,
    accepted_at      timestamptz,
    answered_at      timestamptz,
    problem          text,
    sent_envelope    text,
    answer_envelope  text,
    answer_body      text,
    foreign key (application_id, round) references interagency_round (application_id, round)
);
create index interagency_request_to_send on interagency_request (next_attempt_at) where state = 'QUEUED';
create index interagency_request_waiting on interagency_request (due_at) where state in ('SENT', 'ACCEPTED');
create index interagency_request_by_application on interagency_request (application_id, round);
-- The list's «ожидает ответа СМЭВ» and «просрочен ответ СМЭВ».
create index interagency_request_open on interagency_request (application_id)
    where state in ('QUEUED', 'SENT', 'ACCEPTED');
create index interagency_request_timed_out on interagency_request (application_id) where state = 'TIMED_OUT';

-- The built-in SMEV 3 simulator's own state: what it accepted and the answers it will hand out.
create table interagency_simulator_message (
    message_id        uuid primary key,
    -- The answer's own MessageID, what the consumer acknowledges.
    response_id       uuid not null unique,
    namespace         text not null,
    root_element      text not null,
    request_envelope  text not null,
    received_at       timestamptz not null,
    -- ANSWER, REJECT or SILENT; answer_due_at: when GetResponse may hand the answer out.
    scenario          text not null,
    answer_due_at     timestamptz,
    answer_body       text,
    handed_out_at     timestamptz,
    acknowledged_at   timestamptz,
    -- SendRequests refused as MessageIsAlreadySent: a consumer's retry after a lost answer.
    repeats           int not null default 0
);
create index interagency_simulator_due on interagency_simulator_message (namespace, root_element, answer_due_at)
    where acknowledged_at is null and scenario <> 'SILENT';
