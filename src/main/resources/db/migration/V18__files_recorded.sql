-- Every stored file: its key (the SHA-256 of its content, as the storage names it), size, content type.
-- Reading a file checks its content against the SHA-256 recorded here.
create table files_file (
    key           text primary key,
    sha256        text not null,
    size          bigint not null,
    content_type  text,
    stored_at     timestamptz not null
);
