-- What a decision was rendered from (so that, once signed, it can be rendered again with the signature
-- visualised), and that copy: what people read, while the signed original stays as it was signed.
alter table decisions_decision
    add column model            jsonb,
    add column printable_key    text,
    add column printable_sha256 text,
    add column printable_size   int,
    add column signer_position  text;
