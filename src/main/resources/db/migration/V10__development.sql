-- The rules of member development, seeded from the regulations (see docs/rules.md). Rows marked
-- unconfirmed follow secondary sources and should be checked against the official text.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('admission.age.min.months', '1930-02-03', '216',
 'Điều lệ Đảng, Điều 1; Quy định 232-QĐ/TW (2025): đủ 18 tuổi, tính theo tháng, tại thời điểm chi bộ xét kết nạp', false),
('admission.age.max.months', '1930-02-03', '720',
 'Quy định 232-QĐ/TW (2025): đến đủ 60 tuổi; trên 60 tuổi phải được ban thường vụ tỉnh ủy đồng ý bằng văn bản', false),
('admission.education.min.grade', '1930-02-03', '9',
 'Quy định 24-QĐ/TW (2021): tốt nghiệp trung học cơ sở', false),
('admission.education.min.grade.ethnicArea', '1930-02-03', '5',
 'Hướng dẫn 01-HD/TW (2021): miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số tối thiểu hoàn thành chương trình tiểu học', false),
('course.certificate.validity.months', '1930-02-03', '60',
 'Giấy chứng nhận bồi dưỡng nhận thức về Đảng có giá trị 5 năm (theo tài liệu hướng dẫn nghiệp vụ; chưa đối chiếu văn bản gốc)', true),
('introducer.known.months', '1930-02-03', '12',
 'Quy định 24-QĐ/TW (2021), mục 3.2.1: người giới thiệu là đảng viên chính thức, cùng công tác, học tập hoặc cư trú với người vào Đảng ít nhất 12 tháng', false),
('dossier.validity.months', '1930-02-03', '12',
 'Hướng dẫn 01-HD/TW (2021): quá 12 tháng kể từ khi lập hồ sơ mà chi bộ chưa xét thì phải làm lại giấy giới thiệu, nghị quyết giới thiệu và nhận xét', true),
('cell.vote.share', '1930-02-03', '2/3',
 'Điều lệ Đảng, Điều 4.3: ít nhất hai phần ba số đảng viên chính thức trong chi bộ đồng ý', false),
('committee.vote.share', '1930-02-03', '2/3',
 'Quy định 24-QĐ/TW (2021), mục 4.2.3: ít nhất hai phần ba cấp ủy viên đồng ý', true),
('admission.decision.workingDays', '1930-02-03', '60',
 'Quy định 232-QĐ/TW (2025), mục 4: cấp ủy có thẩm quyền quyết định trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết', false),
('admission.ceremony.workingDays', '1930-02-03', '30',
 'Quy định 232-QĐ/TW (2025), mục 4.1: chi bộ tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày nhận quyết định; quá hạn phải được cấp trên trực tiếp đồng ý', false),
('recognition.consider.workingDays', '1930-02-03', '30',
 'Quy định 232-QĐ/TW (2025): trong 30 ngày làm việc sau khi hết 12 tháng dự bị, chi bộ xét công nhận chính thức', false),
('admission.vote.maxRounds', '1930-02-03', '3',
 'Quy định 24-QĐ/TW (2021): biểu quyết 3 lần không đạt hai phần ba thì báo cáo cấp trên trực tiếp xem xét, quyết định', false);

-- A person being developed, from the first time the cell notices them to their admission.
create table candidate (
    id                  bigint generated always as identity primary key,
    full_name           varchar(120) not null check (length(trim(full_name)) > 0),
    search_key          varchar(200) not null,
    sex                 varchar(6)   not null check (sex in ('MALE', 'FEMALE')),
    birth_date          date         not null,
    ethnicity_code      smallint     not null references ethnicity (code),
    citizen_id          char(12)     check (citizen_id ~ '^[0-9]{12}$'),
    education_grade     smallint     check (education_grade between 0 and 12),
    ethnic_area         boolean      not null default false,
    occupation          varchar(120),
    residence           varchar(300),
    home_place_id       bigint       references place (id),
    cell_id             bigint       not null references organization (id),
    mass_organization   varchar(120),
    youth_union         boolean      not null default false,
    militia             boolean      not null default false,
    teacher             boolean      not null default false,
    health_worker       boolean      not null default false,
    village_official    boolean      not null default false,
    stage               varchar(20)  not null,
    stage_since         date         not null,
    member_id           bigint       unique references member (id),
    version             integer      not null default 0,
    created_at          timestamptz  not null default now(),
    created_by          varchar(100) not null
);
create index candidate_cell_stage on candidate (cell_id, stage);
create unique index candidate_citizen_id on candidate (citizen_id) where stage not in ('LEFT', 'ADMITTED');

-- Each step of a candidate, dated, with its evidence. Append-only: the candidate's stage is the
-- result of its steps.
create table candidate_step (
    id                bigint generated always as identity primary key,
    candidate_id      bigint       not null references candidate (id),
    kind              varchar(20)  not null,
    from_stage        varchar(20)  not null,
    to_stage          varchar(20)  not null,
    on_date           date         not null,
    cell_id           bigint       not null references organization (id),
    decision_number   varchar(60),
    decision_date     date,
    decision_issuer   varchar(200),
    votes_for         integer,
    votes_against     integer,
    voters            integer      check (voters is null or voters >= 0),
    passed            boolean,
    certificate       varchar(60),
    mentor_id         bigint       references member (id),
    youth_union_resolution boolean not null default false,
    consent_number    varchar(60),
    note              varchar(1000),
    entered_by        varchar(100) not null,
    entered_at        timestamptz  not null default now()
);
create index candidate_step_candidate on candidate_step (candidate_id, on_date);
create index candidate_step_kind on candidate_step (kind, on_date);

-- The introducers named in the dossier step.
create table candidate_introducer (
    step_id       bigint  not null references candidate_step (id),
    member_id     bigint  not null references member (id),
    months_known  integer not null check (months_known >= 0),
    replacement   boolean not null default false,
    primary key (step_id, member_id)
);

-- The admission quota of a cell for a year (chỉ tiêu); progress is counted from admissions.
create table admission_quota (
    cell_id     bigint       not null references organization (id),
    year        integer      not null check (year between 1930 and 2200),
    target      integer      not null check (target >= 0),
    entered_by  varchar(100) not null,
    entered_at  timestamptz  not null default now(),
    primary key (cell_id, year)
);
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('quota.default.perCell', '1930-02-03', '1',
 'Chỉ tiêu mặc định mỗi chi bộ kết nạp ít nhất 1 đảng viên mỗi năm (như Đảng ủy xã Làng Chếu); đảng ủy xã đặt lại cho từng chi bộ', true);
