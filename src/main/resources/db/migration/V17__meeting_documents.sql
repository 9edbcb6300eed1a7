-- The day a meeting was planned, to warn when members were told later than the rule asks.
alter table meeting add column planned_on date;
update meeting set planned_on = created_at::date;
alter table meeting alter column planned_on set not null;

-- Documents attached to a meeting (the resolution to study, a report, the signed minutes). Kept in
-- the database so that a backup of the database holds them too. While the meeting is open a
-- document may be removed; once closed, documents can only be added.
create table meeting_document (
    id            bigint generated always as identity primary key,
    meeting_id    bigint        not null references meeting (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    integer       not null,
    content       bytea         not null,
    uploaded_by   varchar(100)  not null,
    uploaded_at   timestamptz   not null default now()
);
create index meeting_document_meeting on meeting_document (meeting_id);
