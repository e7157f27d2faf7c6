-- The documents an application carries: the applicant's and those added while it is worked. Deleting
-- one hides it from the tab; the row and its file stay for audit.
create table documents_document (
    id              bigint generated always as identity primary key,
    application_id  bigint not null references applications_application (id),
    type_code       text not null,
    file_key        text not null references files_file (key),
    name            text not null,
    size            bigint not null,
    content_type    text not null,
    description     text,
    doc_number      text,
    doc_date        date,
    doc_issuer      text,
    -- Null with the applicant's documents (received with the application).
    uploaded_by     bigint,
    uploaded_by_name text not null,
    uploaded_at     timestamptz not null,
    deleted_at      timestamptz,
    deleted_by_name text
);
create index documents_document_of_application on documents_document (application_id, uploaded_at);
