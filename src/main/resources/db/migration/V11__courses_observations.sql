-- Party-awareness courses (lớp bồi dưỡng nhận thức về Đảng): sessions, who attends, results.
create table course_session (
    id            bigint generated always as identity primary key,
    organizer_id  bigint       not null references organization (id),
    name          varchar(200) not null check (length(trim(name)) > 0),
    place         varchar(200),
    starts_on     date         not null,
    ends_on       date         not null,
    created_by    varchar(100) not null,
    created_at    timestamptz  not null default now(),
    constraint course_dates check (ends_on >= starts_on)
);

create table course_enrolment (
    course_id     bigint      not null references course_session (id),
    candidate_id  bigint      not null references candidate (id),
    result        varchar(10) not null default 'ENROLLED' check (result in ('ENROLLED', 'PASSED', 'FAILED')),
    certificate   varchar(60),
    entered_by    varchar(100) not null,
    entered_at    timestamptz  not null default now(),
    primary key (course_id, candidate_id)
);
create index course_enrolment_candidate on course_enrolment (candidate_id);

-- What a mentor observes of the person they help, dated, on the criteria the article names.
create table mentor_observation (
    id            bigint generated always as identity primary key,
    candidate_id  bigint       references candidate (id),
    member_id     bigint       references member (id),
    on_date       date         not null,
    criterion     varchar(30)  not null,
    assessment    varchar(10)  not null check (assessment in ('GOOD', 'FAIR', 'CONCERN')),
    note          varchar(1000),
    entered_by    varchar(100) not null,
    entered_at    timestamptz  not null default now(),
    constraint observed_person check ((candidate_id is null) <> (member_id is null))
);
create index mentor_observation_candidate on mentor_observation (candidate_id, on_date);
create index mentor_observation_member on mentor_observation (member_id, on_date);
