-- Yearly (or quarterly, or ad hoc) review and grading of members and party organisations
-- (kiểm điểm, đánh giá, xếp loại chất lượng), and the rewards that follow.

-- A cycle belongs to a grassroots organisation (the commune committee) and a period.
create table evaluation_cycle (
    id               bigint generated always as identity primary key,
    organization_id  bigint        not null references organization (id),
    period_kind      varchar(10)   not null check (period_kind in ('YEAR', 'QUARTER', 'AD_HOC')),
    year             integer       not null check (year between 1930 and 2200),
    quarter          integer       check (quarter between 1 and 4),
    title            varchar(200)  not null check (length(trim(title)) > 0),
    period_from      date          not null,
    period_to        date          not null check (period_to >= period_from),
    self_due         date,
    proposal_due     date,
    decision_due     date,
    closed           boolean       not null default false,
    version          integer       not null default 0,
    created_by       varchar(100)  not null,
    created_at       timestamptz   not null default now(),
    check ((period_kind = 'QUARTER') = (quarter is not null))
);
create unique index evaluation_cycle_period on evaluation_cycle (organization_id, year, coalesce(quarter, 0))
    where period_kind <> 'AD_HOC';

-- Who is evaluated in a cycle: a member (counted in a cell on the last day of the period) or an
-- organisation (a cell, or the grassroots committee itself). cell_id scopes it: the member's cell,
-- or the organisation itself.
create table evaluation (
    id               bigint generated always as identity primary key,
    cycle_id         bigint   not null references evaluation_cycle (id),
    member_id        bigint   references member (id),
    organization_id  bigint   references organization (id),
    cell_id          bigint   not null references organization (id),
    version          integer  not null default 0,
    check ((member_id is null) <> (organization_id is null))
);
create unique index evaluation_member on evaluation (cycle_id, member_id) where member_id is not null;
create unique index evaluation_organization on evaluation (cycle_id, organization_id)
    where organization_id is not null;
create index evaluation_member_history on evaluation (member_id);
create index evaluation_cell on evaluation (cell_id);

-- The three steps: the self-assessment, the proposal (the cell for its members, the superior for an
-- organisation), the decision of the competent committee. Points on the 100-point scale of
-- QĐ 366-QĐ/TW (2025), the conditions of the grades, the grade, a comment.
create table evaluation_step (
    evaluation_id       bigint        not null references evaluation (id),
    step                varchar(10)   not null check (step in ('SELF', 'PROPOSAL', 'DECISION')),
    general_points      numeric(4, 1) check (general_points >= 0),
    task_points         numeric(4, 1) check (task_points >= 0),
    all_tasks_on_time   boolean       not null default false,
    exceeding_percent   integer       check (exceeding_percent between 0 and 100),
    late_percent        integer       check (late_percent between 0 and 100),
    disciplined         boolean       not null default false,
    shortcomings_fixed  boolean       not null default true,
    grade               varchar(15)   not null
        check (grade in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    comment             varchar(2000),
    entered_by          varchar(100)  not null,
    entered_at          timestamptz   not null default now(),
    primary key (evaluation_id, step)
);
create index evaluation_step_grade on evaluation_step (step, grade);

-- Rewards (khen thưởng): a certificate of merit or another form, by an issuer, to a member or an
-- organisation.
create table reward (
    id               bigint generated always as identity primary key,
    member_id        bigint        references member (id),
    organization_id  bigint        references organization (id),
    year             integer       not null check (year between 1930 and 2200),
    title            varchar(200)  not null check (length(trim(title)) > 0),
    issuer           varchar(200)  not null check (length(trim(issuer)) > 0),
    decision_number  varchar(50),
    decision_date    date,
    reason           varchar(1000),
    entered_by       varchar(100)  not null,
    entered_at       timestamptz   not null default now(),
    check ((member_id is null) <> (organization_id is null))
);
create index reward_member on reward (member_id);
create index reward_organization on reward (organization_id);

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('evaluation.points.scale', '1930-02-03', '0',
 'Quy định 132-QĐ/TW (2017), Quy định 124-QĐ/TW (2023): xếp loại theo tiêu chí, không chấm điểm (0 = không có thang điểm)', false),
('evaluation.points.scale', '2025-08-30', '100',
 'Quy định 366-QĐ/TW ngày 30/8/2025: đánh giá theo thang điểm 100', false),
('evaluation.points.generalMax', '1930-02-03', '30',
 'Quy định 366-QĐ/TW (2025): nhóm tiêu chí chung tối đa 30 điểm, kết quả thực hiện nhiệm vụ 70 điểm', false),
('evaluation.grade.minPoints', '1930-02-03', '90,70,50',
 'Quy định 366-QĐ/TW (2025), Điều 11: hoàn thành xuất sắc từ 90 điểm, hoàn thành tốt từ 70 điểm, hoàn thành từ 50 điểm', false),
('evaluation.excellent.minExceedingPercent', '1930-02-03', '30',
 'Quy định 366-QĐ/TW (2025), Điều 11: hoàn thành xuất sắc cần 100% nhiệm vụ đúng tiến độ, có chất lượng, ít nhất 30% vượt yêu cầu', false),
('evaluation.collective.maxLatePercent', '1930-02-03', '20',
 'Quy định 366-QĐ/TW (2025), Điều 11: tập thể hoàn thành nhiệm vụ khi không quá 20% nhiệm vụ chậm tiến độ', false),
('evaluation.excellent.capPercentOfGood', '1930-02-03', '20',
 'Hướng dẫn 21-HD/BTCTW (2019): số đảng viên hoàn thành xuất sắc nhiệm vụ không quá 20% số đảng viên hoàn thành tốt nhiệm vụ ở mỗi tổ chức cơ sở đảng', false),
('evaluation.excellent.capPercentOfGood', '2025-08-30', '20',
 'Quy định 366-QĐ/TW (2025), Hướng dẫn 43-HD/BTCTW (2025): giữ tỷ lệ không quá 20% số hoàn thành tốt nhiệm vụ (chưa xác nhận)', true),
('evaluation.removal.yearsInRow', '1930-02-03', '2',
 'Điều lệ Đảng, Quy định 294-QĐ/TW (2025): đảng viên 2 năm liền vi phạm tư cách đảng viên thì đưa ra khỏi Đảng (coi "không hoàn thành nhiệm vụ" là vi phạm tư cách: chưa xác nhận)', true);
