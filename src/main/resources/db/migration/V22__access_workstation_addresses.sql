-- Workstation addresses (seed 000): an organisation with entries here lets its employees work only from
-- these addresses (an IP or a CIDR range each); every refusal is kept for its administrator to see.
create table access_allowed_address (
    organisation_id int not null references directory_organisation (id),
    address         text not null,
    primary key (organisation_id, address)
);

create table access_address_refusal (
    id              bigint generated always as identity primary key,
    organisation_id int not null,
    employee_id     bigint not null,
    login           text not null,
    address         text not null,
    path            text not null,
    refused_at      timestamptz not null
);
create index access_address_refusal_of_organisation on access_address_refusal (organisation_id, refused_at desc);
