-- Party dues (đảng phí) under Quy định 01-QĐ/TW of 03/02/2026, in force from 01/02/2026
-- (docs/dues.md). Rates and thresholds are rule versions; amounts in VND, shares in basis points
-- (100 = 1 %). The texts in hand are press reports of the regulation, not the regulation itself:
-- every value is marked unconfirmed until it is checked against the text.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('dues.insuredSalary.basisPoints', '2026-02-01', '100',
 'Quy định 01-QĐ/TW (03/02/2026): 1 % tiền lương tháng trước làm căn cứ đóng bảo hiểm xã hội bắt buộc (theo báo Dân trí, Thanh Niên 06/02/2026; chưa đối chiếu văn bản)', true),
('dues.insuranceAllowance.basisPoints', '2026-02-01', '100',
 'Quy định 01-QĐ/TW (03/02/2026): 1 % trợ cấp ốm đau, thai sản do bảo hiểm xã hội chi trả (theo báo Dân trí 06/02/2026; chưa đối chiếu văn bản)', true),
('dues.pension.basisPoints', '2026-02-01', '50',
 'Quy định 01-QĐ/TW (03/02/2026): 0,5 % lương hưu (theo báo Dân trí 06/02/2026; chưa đối chiếu văn bản)', true),
('dues.student.amount', '2026-02-01', '5000',
 'Quy định 01-QĐ/TW (03/02/2026): học sinh, sinh viên 5.000 đồng/tháng (theo báo Dân trí 06/02/2026; chưa đối chiếu văn bản)', true),
('dues.minimumWage.belowRetirement.basisPoints', '2026-02-01', '30',
 'Quy định 01-QĐ/TW (03/02/2026): chưa đến tuổi nghỉ hưu 0,3 % lương tối thiểu vùng từ 01/01/2026 đến 31/12/2027 (theo Thư viện Pháp luật; chưa đối chiếu văn bản)', true),
('dues.minimumWage.belowRetirement.basisPoints', '2028-01-01', '50',
 'Quy định 01-QĐ/TW (03/02/2026): chưa đến tuổi nghỉ hưu 0,5 % lương tối thiểu vùng từ 01/01/2028 (theo Thư viện Pháp luật; chưa đối chiếu văn bản)', true),
('dues.minimumWage.retired.basisPoints', '2026-02-01', '20',
 'Quy định 01-QĐ/TW (03/02/2026): từ tuổi nghỉ hưu 0,2 % lương tối thiểu vùng từ 01/01/2026 đến 31/12/2027 (theo Thư viện Pháp luật; chưa đối chiếu văn bản)', true),
('dues.minimumWage.retired.basisPoints', '2028-01-01', '30',
 'Quy định 01-QĐ/TW (03/02/2026): từ tuổi nghỉ hưu 0,3 % lương tối thiểu vùng từ 01/01/2028 (theo Thư viện Pháp luật; chưa đối chiếu văn bản)', true),
('dues.minimumWage.defaultRegion', '2026-02-01', '4',
 'Vùng lương tối thiểu dùng khi chưa ghi vùng của xã: vùng IV (Nghị định 293/2025/NĐ-CP; vùng của từng xã chưa đối chiếu)', true),
('dues.rounding.vnd', '2026-02-01', '1000',
 'Quy định 01-QĐ/TW không nêu cách làm tròn trong các bản tin có trong tay; dangbo làm tròn đến 1.000 đồng gần nhất (chưa đối chiếu)', true),
('dues.exempt.partyAgeYears', '2026-02-01', '50',
 'Quy định 01-QĐ/TW (03/02/2026), Điều 5: miễn đảng phí cho đảng viên có tuổi đảng từ 50 năm trở lên (theo báo Pháp luật và Cuộc sống; chưa đối chiếu văn bản)', true),
('dues.relief.maxMonths', '2026-02-01', '12',
 'Quy định 01-QĐ/TW (03/02/2026), Điều 5: miễn hoặc giảm đảng phí tối đa 12 tháng mỗi quyết định (chưa đối chiếu văn bản)', true),
('dues.relief.reductionPercents', '2026-02-01', '30,50,70',
 'Quy định 01-QĐ/TW (03/02/2026), Điều 5: giảm 30 %, 50 % hoặc 70 % mức đóng (chưa đối chiếu văn bản)', true),
('dues.unpaid.removalMonths', '2026-02-01', '3',
 'Quy định 01-QĐ/TW (03/02/2026): 3 tháng trong năm không đóng đảng phí mà không có lý do chính đáng thì chi bộ đề nghị xóa tên (theo VietNamNet; chưa đối chiếu văn bản)', true),
('dues.unpaid.alertMonths', '2026-02-01', '2',
 'Cảnh báo sớm của dangbo cho bí thư chi bộ, một tháng trước ngưỡng đề nghị xóa tên (không phải quy định của Đảng)', false),
('retirement.men.months', '2021-01-01', '723',
 'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP: nam 60 tuổi 3 tháng năm 2021, mỗi năm thêm 3 tháng (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2022-01-01', '726', 'Bộ luật Lao động 2019, Điều 169: nam 60 tuổi 6 tháng năm 2022 (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2023-01-01', '729', 'Bộ luật Lao động 2019, Điều 169: nam 60 tuổi 9 tháng năm 2023 (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2024-01-01', '732', 'Bộ luật Lao động 2019, Điều 169: nam 61 tuổi năm 2024 (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2025-01-01', '735', 'Bộ luật Lao động 2019, Điều 169: nam 61 tuổi 3 tháng năm 2025 (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2026-01-01', '738', 'Bộ luật Lao động 2019, Điều 169: nam 61 tuổi 6 tháng năm 2026 (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2027-01-01', '741', 'Bộ luật Lao động 2019, Điều 169: nam 61 tuổi 9 tháng năm 2027 (chưa đối chiếu văn bản)', true),
('retirement.men.months', '2028-01-01', '744', 'Bộ luật Lao động 2019, Điều 169: nam 62 tuổi từ năm 2028 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2021-01-01', '664',
 'Bộ luật Lao động 2019, Điều 169; Nghị định 135/2020/NĐ-CP: nữ 55 tuổi 4 tháng năm 2021, mỗi năm thêm 4 tháng (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2022-01-01', '668', 'Bộ luật Lao động 2019, Điều 169: nữ 55 tuổi 8 tháng năm 2022 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2023-01-01', '672', 'Bộ luật Lao động 2019, Điều 169: nữ 56 tuổi năm 2023 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2024-01-01', '676', 'Bộ luật Lao động 2019, Điều 169: nữ 56 tuổi 4 tháng năm 2024 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2025-01-01', '680', 'Bộ luật Lao động 2019, Điều 169: nữ 56 tuổi 8 tháng năm 2025 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2026-01-01', '684', 'Bộ luật Lao động 2019, Điều 169: nữ 57 tuổi năm 2026 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2027-01-01', '688', 'Bộ luật Lao động 2019, Điều 169: nữ 57 tuổi 4 tháng năm 2027 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2028-01-01', '692', 'Bộ luật Lao động 2019, Điều 169: nữ 57 tuổi 8 tháng năm 2028 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2029-01-01', '696', 'Bộ luật Lao động 2019, Điều 169: nữ 58 tuổi năm 2029 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2030-01-01', '700', 'Bộ luật Lao động 2019, Điều 169: nữ 58 tuổi 4 tháng năm 2030 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2031-01-01', '704', 'Bộ luật Lao động 2019, Điều 169: nữ 58 tuổi 8 tháng năm 2031 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2032-01-01', '708', 'Bộ luật Lao động 2019, Điều 169: nữ 59 tuổi năm 2032 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2033-01-01', '712', 'Bộ luật Lao động 2019, Điều 169: nữ 59 tuổi 4 tháng năm 2033 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2034-01-01', '716', 'Bộ luật Lao động 2019, Điều 169: nữ 59 tuổi 8 tháng năm 2034 (chưa đối chiếu văn bản)', true),
('retirement.women.months', '2035-01-01', '720', 'Bộ luật Lao động 2019, Điều 169: nữ 60 tuổi từ năm 2035 (chưa đối chiếu văn bản)', true);

-- The regional minimum monthly wage (lương tối thiểu vùng), per region and day.
create table minimum_wage (
    region         smallint    not null check (region between 1 and 4),
    effective_from date        not null,
    amount         bigint      not null check (amount > 0),
    legal_basis    text        not null,
    unconfirmed    boolean     not null,
    primary key (region, effective_from)
);
insert into minimum_wage (region, effective_from, amount, legal_basis, unconfirmed) values
(1, '2026-01-01', 5310000, 'Nghị định 293/2025/NĐ-CP, vùng I (chưa đối chiếu văn bản)', true),
(2, '2026-01-01', 4730000, 'Nghị định 293/2025/NĐ-CP, vùng II (chưa đối chiếu văn bản)', true),
(3, '2026-01-01', 4140000, 'Nghị định 293/2025/NĐ-CP, vùng III (chưa đối chiếu văn bản)', true),
(4, '2026-01-01', 3700000, 'Nghị định 293/2025/NĐ-CP, vùng IV (chưa đối chiếu văn bản)', true);

-- The region of an organisation (a commune, usually) from a day; a member pays by the region of the
-- nearest organisation above their cell that has one, else by the default region (a rule).
create table wage_region (
    organization_id bigint   not null references organization (id),
    effective_from  date     not null,
    region          smallint not null check (region between 1 and 4),
    legal_basis     text     not null,
    unconfirmed     boolean  not null,
    primary key (organization_id, effective_from)
);

-- What a member's dues are computed from, from a month on: the kind of income and, where the
-- rate is a share of it, the amount declared; a voluntary amount paid on top.
create table dues_basis (
    id              bigserial   primary key,
    member_id       bigint      not null references member (id),
    from_month      date        not null check (extract(day from from_month) = 1),
    income_kind     text        not null,
    declared_amount bigint      check (declared_amount >= 0),
    voluntary       bigint      not null default 0 check (voluntary >= 0),
    entered_by      text        not null,
    entered_at      timestamptz not null default now(),
    unique (member_id, from_month)
);

-- A payment of a month's dues: in cash to the cell or on the public service portal (with its
-- transaction reference, once), by the member or by someone on their behalf.
create table dues_payment (
    id          bigserial   primary key,
    member_id   bigint      not null references member (id),
    cell_id     bigint      not null references organization (id),
    month       date        not null check (extract(day from month) = 1),
    amount      bigint      not null check (amount > 0),
    method      text        not null,
    reference   text,
    paid_by     text,
    paid_on     date        not null,
    entered_by  text        not null,
    entered_at  timestamptz not null default now()
);
create unique index dues_payment_reference on dues_payment (reference) where reference is not null;
create index dues_payment_member_month on dues_payment (member_id, month);
create index dues_payment_cell_month on dues_payment (cell_id, month);

-- An exemption or a reduction decided for hardship, for the months it covers (at most the rule's
-- months per decision).
create table dues_relief (
    id              bigserial   primary key,
    member_id       bigint      not null references member (id),
    percent         smallint    not null check (percent between 1 and 100),
    from_month      date        not null check (extract(day from from_month) = 1),
    to_month        date        not null check (extract(day from to_month) = 1),
    decision_number text        not null,
    decision_date   date        not null,
    decided_by      text,
    reason          text,
    entered_by      text        not null,
    entered_at      timestamptz not null default now(),
    check (to_month >= from_month)
);
create index dues_relief_member on dues_relief (member_id);

select audit_table('minimum_wage');
select audit_table('wage_region');
select audit_table('dues_basis');
select audit_table('dues_payment');
select audit_table('dues_relief');

-- Dues feed no dashboard figure: their changes name no organisation (V31).
create or replace function changed_organizations_query(t name) returns text language sql immutable as $$
    select case
        when t in ('user_account', 'account_second_factor', 'dues_basis', 'dues_payment',
                   'dues_relief', 'minimum_wage', 'wage_region') then
            'select cast(null as bigint) where false'
        -- the cell or the organisation is a column of the row
        when t in ('member_status_change', 'candidate_step', 'admission_quota', 'cell_assignment') then
            'select r.cell_id from %1$s r'
        when t in ('meeting', 'evaluation_cycle', 'approval_chain', 'approval_step',
                   'document_template') then
            'select r.organization_id from %1$s r'
        when t = 'course_session' then 'select r.organizer_id from %1$s r'
        when t = 'committee_member' then 'select r.committee_id from %1$s r'
        when t = 'place' then 'select r.commune_id from %1$s r'
        -- found through the meeting, the candidate, the step or the evaluation the row belongs to
        when t in ('meeting_attendance', 'meeting_addendum', 'meeting_document', 'meeting_guest',
                   'meeting_resolution') then
            'select m.organization_id from %1$s r left join meeting m on m.id = r.meeting_id'
        when t = 'course_enrolment' then
            'select c.cell_id from %1$s r left join candidate c on c.id = r.candidate_id'
        when t = 'candidate_introducer' then
            'select s.cell_id from %1$s r left join candidate_step s on s.id = r.step_id'
        when t = 'evaluation_step' then
            'select e.cell_id from %1$s r left join evaluation e on e.id = r.evaluation_id'
        when t = 'recognition_step' then
            'select m.cell_id from %1$s r left join member m on m.id = r.member_id'
        when t = 'member_merge' then
            'select m.cell_id from %1$s r left join member m on m.id in (r.kept_id, r.merged_id)'
        -- more than one
        when t = 'member' then
            'select r.cell_id from %1$s r
             union all
             select c.cell_id from %1$s r join member_status_change c on c.member_id = r.id'
        when t = 'candidate' then
            'select r.cell_id from %1$s r
             union all
             select s.cell_id from %1$s r join candidate_step s on s.candidate_id = r.id'
        when t = 'evaluation' then
            'select r.cell_id from %1$s r
             union all select r.organization_id from %1$s r where r.organization_id is not null'
        when t = 'place_service' then
            'select r.cell_id from %1$s r
             union all select p.commune_id from %1$s r left join place p on p.id = r.place_id'
        when t = 'mentor_observation' then
            'select c.cell_id from %1$s r left join candidate c on c.id = r.candidate_id
             where r.candidate_id is not null
             union all
             select m.cell_id from %1$s r left join member m on m.id = r.member_id
             where r.member_id is not null'
        when t = 'reward' then
            'select r.organization_id from %1$s r where r.organization_id is not null
             union all
             select m.cell_id from %1$s r left join member m on m.id = r.member_id
             where r.member_id is not null'
    end
$$;
