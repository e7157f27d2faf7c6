-- Employees and their roles per organisation. Technical clients (the portal) hold roles with no organisation.
create table staff_employee (
    id             bigint generated always as identity primary key,
    login          text not null unique,
    full_name      text not null,
    position       text,
    email          text,
    password_hash  text,
    active         boolean not null default true,
    created_at     timestamptz not null default now()
);

create table staff_role (
    employee_id      bigint not null references staff_employee (id) on delete cascade,
    organisation_id  int references directory_organisation (id),
    role             text not null
);
create unique index staff_role_unique on staff_role (employee_id, coalesce(organisation_id, 0), role);
create index staff_role_by_organisation on staff_role (organisation_id, role);
