-- The cell's monthly report (báo cáo tháng của chi bộ): a draft the secretary writes, submitted
-- with the figures of dangbo's records at that moment (meetings and attendance, candidates'
-- progress, dues), accepted by the commune office or returned with a comment and submitted again;
-- accepted, it changes no more. Each step is kept with its time, who took it and the comment.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('cellReport.dueDay', '2000-01-01', '5',
 'Nhắc của dangbo: báo cáo tháng của chi bộ gửi đảng ủy chậm nhất ngày này của tháng sau; mỗi đảng ủy có thể quy định khác (không phải quy định của Trung ương)',
 false);

create table cell_monthly_report (
    id                 bigserial   primary key,
    cell_id            bigint      not null references organization (id),
    month              date        not null check (extract(day from month) = 1),
    state              text        not null check (state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    problems           text,
    proposals          text,
    meetings           integer,
    regular_meetings   integer,
    thematic_meetings  integer,
    attendance_percent integer,
    absent_unexcused   integer,
    sources            integer,
    outstanding        integer,
    course             integer,
    admitted           integer,
    official           integer,
    in_development     integer,
    dues_members       integer,
    dues_due           bigint,
    dues_paid          bigint,
    dues_behind        integer,
    entered_by         text        not null,
    entered_at         timestamptz not null default now(),
    version            integer     not null default 0,
    unique (cell_id, month)
);

create table cell_monthly_report_step (
    id        bigserial   primary key,
    report_id bigint      not null references cell_monthly_report (id),
    action    text        not null check (action in ('SUBMITTED', 'RESUBMITTED', 'RETURNED', 'ACCEPTED')),
    at        timestamptz not null,
    by_user   text        not null,
    comment   text
);
create index cell_monthly_report_step_report on cell_monthly_report_step (report_id);

select audit_table('cell_monthly_report');
select audit_table('cell_monthly_report_step');

-- their changes concern the cell and feed the reports' pages, not the dashboards
insert into change_notice_topic (table_name, topic, query) values
('cell_monthly_report', 'cellreports', 'select r.cell_id from %1$s r'),
('cell_monthly_report_step', 'cellreports',
 'select m.cell_id from %1$s r join cell_monthly_report m on m.id = r.report_id');

-- the congress preparation steps (V50) are a code list that concerns no organisation
insert into change_notice_silent (table_name, reason) values
('congress_preparation_step', 'the steps of preparing a congress: a code list of every organisation');
