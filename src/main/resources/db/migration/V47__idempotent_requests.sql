-- API writes sent with an Idempotency-Key (the offline queue of a phone sends each item with the
-- UUID it was given when it was captured): the first answer is kept, so a repeated send answers it
-- again instead of recording twice. Kept for a few days (docs/offline.md); not audited, since the
-- write itself is.
create table idempotent_request (
    username     text        not null,
    key          uuid        not null,
    method       text        not null,
    path         text        not null,
    status       smallint    not null,
    content_type text,
    body         bytea       not null,
    created_at   timestamptz not null default now(),
    primary key (username, key)
);
create index idempotent_request_created on idempotent_request (created_at);
