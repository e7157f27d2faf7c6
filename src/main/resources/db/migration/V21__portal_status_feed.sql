-- The status feed to the portal (ЕЛК): an outbox written in the transaction of the change it reports.
-- A comment for the applicant waits (HELD) until the next update takes it along (MERGED into it).
-- QUEUED updates are sent in id order per application; SENT: SMEV took it; DELIVERED or REJECTED: the
-- portal's answer; ERROR: SMEV refused it for good.
create table portal_status_update (
    id              bigint generated always as identity primary key,
    application_id  bigint not null,
    organisation_id int not null,
    -- Our status (or intermediate status) the update reports, and the portal's code for it.
    status          text not null,
    elk_status      int,
    -- An informative status (intermediate-status): sent always, and not what the next status is compared with.
    intermediate    boolean not null default false,
    comment         text,
    -- The signed decision and its signature go with it (a final status).
    with_result     boolean not null default false,
    occurred_at     timestamptz not null,
    state           text not null,
    message_id      uuid unique,
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    leased_until    timestamptz,
    sent_at         timestamptz,
    answered_at     timestamptz,
    problem         text
);
create index portal_status_update_of_application on portal_status_update (application_id, id);
create index portal_status_update_due on portal_status_update (next_attempt_at) where state = 'QUEUED';

-- The built-in portal simulator: what the applicant's cabinet would show, as the feed delivered it.
create table portal_simulator_order (
    order_number text primary key,
    access_code  text not null,
    first_seen_at timestamptz not null
);
create table portal_simulator_status (
    id           bigint generated always as identity primary key,
    order_number text not null references portal_simulator_order (order_number),
    message_id   uuid not null,
    elk_status   int not null,
    status_date  timestamptz not null,
    comment      text,
    received_at  timestamptz not null
);
create index portal_simulator_status_of_order on portal_simulator_status (order_number, id);
create table portal_simulator_attachment (
    status_id     bigint not null references portal_simulator_status (id),
    content_id    text not null,
    doc_type      text,
    mime_type     text not null,
    file_key      text not null,
    file_size     bigint not null,
    signature_key text
);
create index portal_simulator_attachment_of_status on portal_simulator_attachment (status_id);
