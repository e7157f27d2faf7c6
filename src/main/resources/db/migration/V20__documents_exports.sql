-- «Выгрузка»: packages of a case (the decision, its signature, every document, a manifest), kept as files.
create table documents_export (
    id               bigint generated always as identity primary key,
    application_id   bigint not null references applications_application (id),
    name             text not null,
    file_key         text not null references files_file (key),
    size             bigint not null,
    created_at       timestamptz not null,
    created_by       bigint,
    created_by_name  text not null
);
create index documents_export_of_application on documents_export (application_id, created_at);
