create extension if not exists pg_trgm;

-- One global sequence feeds every organisation's registration-number format: numbers stay unique,
-- gaps within an organisation are allowed.
create sequence applications_registration_seq;

create table applications_application (
    id                    bigint generated always as identity primary key,
    portal_number         text not null unique,
    -- SHA-256 of the canonical intake request: a retry with the same body is recognised, a different body is a conflict.
    request_hash          bytea not null,
    service_id            int not null references directory_service (id),
    organisation_id       int not null references directory_organisation (id),
    process_code          text not null,
    process_version       int not null,
    status                text not null,
    assignee_id           bigint references staff_employee (id),
    submitted_at          timestamptz not null,
    received_at           timestamptz not null default now(),
    deadline              date not null,
    registration_number   text unique,
    channel               text not null,
    purpose               text,
    applicant_kind        text not null,
    -- Display name used by lists and the name search; the full applicant record is in applicant.
    applicant_name        text not null,
    applicant             jsonb not null,
    representative        jsonb,
    fields                jsonb not null default '{}'::jsonb,
    closed_at             timestamptz,
    -- Whether a decision was ever drafted: the card and the engine read the decision only then.
    has_decision          boolean not null default false,
    version               int not null default 0,
    updated_at            timestamptz not null default now()
);

-- Lists: every filter of the list has an index that serves it in the list's order (newest first).
create index applications_by_organisation on applications_application (organisation_id, submitted_at desc, id desc);
create index applications_by_assignee on applications_application (assignee_id, submitted_at desc, id desc) where assignee_id is not null;
create index applications_by_status on applications_application (organisation_id, status, submitted_at desc, id desc);
create index applications_by_service on applications_application (organisation_id, service_id, submitted_at desc, id desc);
create index applications_open_by_deadline on applications_application (organisation_id, deadline) where closed_at is null;
-- Name search: by the beginning of the name first (how a surname is typed), any part only as a fallback.
-- It carries every filtered and sorted column, so a page of a common surname is chosen from the index alone.
create index applications_by_applicant_name on applications_application (organisation_id, lower(applicant_name) text_pattern_ops)
    include (submitted_at, status, service_id, assignee_id);
create index applications_applicant_name_trgm on applications_application using gin (lower(applicant_name) gin_trgm_ops);

create table applications_history (
    id              bigint generated always as identity primary key,
    application_id  bigint not null references applications_application (id),
    occurred_at     timestamptz not null,
    actor_id        bigint,
    actor_name      text not null,
    action          text not null,
    status_before   text,
    status_after    text not null,
    comment         text,
    details         jsonb
);
create index applications_history_by_application on applications_history (application_id, id);
