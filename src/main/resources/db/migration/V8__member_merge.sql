-- Two records of one person merged into one: the removed record is kept here in full (as JSON),
-- its status history moves to the kept record, so nothing is lost.
create table member_merge (
    id             bigint generated always as identity primary key,
    kept_id        bigint       not null references member (id),
    merged_id      bigint       not null,
    merged_record  jsonb        not null,
    merged_by      varchar(100) not null,
    merged_at      timestamptz  not null default now()
);
create index member_merge_kept on member_merge (kept_id);
