-- A role granted in Reglament (by an administrator, or by an invitation) stays until revoked here;
-- the others follow the identity provider's access groups at each login.
alter table staff_role add column granted_here boolean not null default false;

-- Invitations to join an organisation (seed 003): the link's secret is kept only as its hash; the link
-- itself only until the mail carrying it is sent.
create table access_invitation (
    id               bigint generated always as identity primary key,
    organisation_id  int not null references directory_organisation (id),
    email            text not null,
    last_name        text not null,
    first_name       text not null,
    middle_name      text,
    roles            text[] not null,
    token_hash       text not null unique,
    link             text,
    invited_by       bigint,
    invited_by_name  text not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    mail_attempts    int not null default 0,
    mail_error       text,
    next_mail_at     timestamptz,
    sent_at          timestamptz,
    accepted_at      timestamptz,
    accepted_by      bigint references staff_employee (id),
    revoked_at       timestamptz
);
create index access_invitation_of_organisation on access_invitation (organisation_id, id desc);
create index access_invitation_to_mail on access_invitation (next_mail_at) where link is not null;
