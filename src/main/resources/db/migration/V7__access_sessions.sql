-- Workstation sessions (Spring Session JDBC's schema, under the access module's prefix): any app
-- node can serve any request, and a restart does not log everyone out.
create table access_session (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        text
);
create unique index access_session_by_session_id on access_session (session_id);
create index access_session_by_expiry on access_session (expiry_time);
create index access_session_by_principal on access_session (principal_name);

create table access_session_attributes (
    session_primary_id char(36) not null references access_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    primary key (session_primary_id, attribute_name)
);
