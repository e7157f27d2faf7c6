-- Regions, organisations (ОГВ/ОМСУ) and services, plus which organisation provides which service:
-- the ЕСНСИ donor table lives in directory_organisation + directory_organisation_service.
create table directory_region (
    code  text primary key,
    name  text not null
);

create table directory_service (
    id                  int generated always as identity primary key,
    code                text not null unique,
    title               text not null,
    short_title         text,
    max_term_days       int  not null check (max_term_days > 0),
    fee                 numeric(12, 2) check (fee is null or fee >= 0),
    process_code        text not null default 'default',
    -- Grounds a decision may cite, per decision kind: {"REFUSAL": [{"code": "...", "title": "..."}], ...}
    decision_grounds    jsonb not null default '{}'::jsonb,
    created_at          timestamptz not null default now()
);

create table directory_organisation (
    id                           int generated always as identity primary key,
    ogrn                         text not null unique,
    region_code                  text not null references directory_region (code),
    title                        text not null,
    short_title                  text,
    address                      text,
    schedule                     text,
    phone                        text,
    email                        text,
    -- Tokens: {seq} (required), {seq:N} zero-padded, {yyyy}, {yy}, {ogrn}.
    registration_number_format   text not null default '{yyyy}-{seq:7}',
    updated_at                   timestamptz not null default now()
);

create table directory_organisation_service (
    organisation_id int not null references directory_organisation (id),
    service_id      int not null references directory_service (id),
    primary key (organisation_id, service_id)
);
create index directory_organisation_service_by_service on directory_organisation_service (service_id);
