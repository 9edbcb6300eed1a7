-- The file for recognising a probationary member as official: documents, votes and the decision,
-- each dated; the decision changes the member's status.
create table recognition_step (
    id              bigint generated always as identity primary key,
    member_id       bigint       not null references member (id),
    kind            varchar(20)  not null check (kind in ('MENTOR_ASSESSMENT', 'SELF_REVIEW',
                        'NEW_MEMBER_COURSE', 'COMMENTS', 'CELL_VOTE', 'COMMITTEE_VOTE', 'DECISION')),
    on_date         date         not null,
    decision_number varchar(60),
    decision_issuer varchar(200),
    votes_for       integer,
    voters          integer,
    passed          boolean,
    certificate     varchar(60),
    note            varchar(1000),
    entered_by      varchar(100) not null,
    entered_at      timestamptz  not null default now()
);
create index recognition_step_member on recognition_step (member_id, on_date);
