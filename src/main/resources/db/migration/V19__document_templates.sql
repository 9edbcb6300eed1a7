-- Word templates of the official documents, as an office edits them for its organisation and
-- everything below it: every upload is a new version; the newest of the nearest organisation is
-- used. Version 0 of each template is built into dangbo and not stored.
create table document_template (
    name             varchar(60)   not null,
    organization_id  bigint        not null references organization (id),
    version          integer       not null check (version > 0),
    file_name    varchar(200)  not null,
    content      bytea         not null,
    note         varchar(500),
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamptz   not null default now(),
    primary key (name, organization_id, version)
);
