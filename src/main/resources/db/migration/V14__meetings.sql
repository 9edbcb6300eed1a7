-- Cell meetings (sinh hoạt chi bộ) and the committee's own meetings: planned, attended, minuted,
-- closed. Closed minutes are never edited; a correction is a dated addendum.
create table meeting (
    id               bigint generated always as identity primary key,
    organization_id  bigint        not null references organization (id),
    kind             varchar(10)   not null check (kind in ('REGULAR', 'THEMATIC', 'COMMITTEE')),
    held_on          date          not null,
    place            varchar(200),
    topic            varchar(300)  not null check (length(trim(topic)) > 0),
    agenda           varchar(2000),
    status           varchar(10)   not null default 'PLANNED' check (status in ('PLANNED', 'CLOSED')),
    chair            varchar(120),
    secretary        varchar(120),
    reviewed         varchar(4000),
    opinions         varchar(4000),
    conclusions      varchar(4000),
    closed_at        timestamptz,
    closed_by        varchar(100),
    version          integer       not null default 0,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null default now()
);
create index meeting_organization on meeting (organization_id, held_on);

-- Who was there. counted: the member was expected that day (not exempted, not attached
-- elsewhere); only counted rows make the attendance rate.
create table meeting_attendance (
    meeting_id  bigint       not null references meeting (id),
    member_id   bigint       not null references member (id),
    presence    varchar(10)  not null check (presence in ('PRESENT', 'EXCUSED', 'UNEXCUSED')),
    reason      varchar(300),
    counted     boolean      not null,
    primary key (meeting_id, member_id)
);
create index meeting_attendance_member on meeting_attendance (member_id);

create table meeting_guest (
    meeting_id           bigint       not null references meeting (id),
    committee_member_id  bigint       not null references committee_member (id),
    primary key (meeting_id, committee_member_id)
);

create table meeting_resolution (
    id             bigint generated always as identity primary key,
    meeting_id     bigint        not null references meeting (id),
    text           varchar(2000) not null,
    votes_for      integer,
    votes_against  integer,
    abstentions    integer
);

create table meeting_addendum (
    id          bigint generated always as identity primary key,
    meeting_id  bigint        not null references meeting (id),
    on_date     date          not null,
    text        varchar(4000) not null,
    entered_by  varchar(100)  not null,
    entered_at  timestamptz   not null default now()
);

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('meeting.attendance.minPercent', '1930-02-03', '85',
 'Hướng dẫn 12-HD/BTCTW (2018): sinh hoạt chi bộ có chất lượng khi số đảng viên dự đạt trên 85% (không tính đảng viên được miễn sinh hoạt)', false),
('meeting.excused.maxInRow', '1930-02-03', '3',
 'Hướng dẫn 12-HD/BTCTW (2018): không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm', false);
