-- Administrators' changes: who, when, what, before and after.
create table audit_change (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor_id    bigint,
    actor_name  text not null,
    subject     text not null,
    subject_id  text not null,
    change      text not null,
    before      jsonb,
    after       jsonb
);
create index audit_change_of_subject on audit_change (subject, subject_id, id desc);
