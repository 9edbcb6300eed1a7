-- Congresses and terms (đại hội, nhiệm kỳ). A party organisation's congress opens a term and
-- elects its committee (for a cell: its secretary, deputy and cell committee); a superior
-- committee may instead appoint one (chỉ định, e.g. after a merger until the first congress).
-- The committee's members stay in committee_member (the committee on any day is the members whose
-- period includes it); term_seat says which term each belongs to, how they joined (elected at the
-- congress, by-elected, appointed) and why they left (the term ended, resigned, moved,
-- disciplined, died).
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('term.committee.months', '2000-01-01', '60',
 'Điều lệ Đảng (các bản từ 2001): đại hội đảng bộ 5 năm một lần (nhiệm kỳ 2025–2030 của Đảng bộ xã Tà Xùa); điều khoản chưa đối chiếu',
 true),
('term.cell.months', '2000-01-01', '30',
 'Điều lệ Đảng (các bản từ 2001) và Quy định 24-QĐ/TW: chi bộ trực thuộc đảng ủy cơ sở đại hội 5 năm hai lần; điều khoản chưa đối chiếu',
 true),
('term.cell.months', '2025-07-01', '60',
 'Quy định 294-QĐ/TW (2025): thí điểm đại hội chi bộ 5 năm một lần; văn bản chưa có trong tay',
 true),
('term.congressReminder.months', '2000-01-01', '6',
 'Nhắc của dangbo: đại hội đến hạn trong số tháng này thì hiện trong việc cần làm (không phải quy định của Đảng)',
 false);

create table party_term (
    id                 bigserial   primary key,
    organization_id    bigint      not null references organization (id),
    begun_on           date        not null,
    ends_on            date        not null,
    origin             text        not null check (origin in ('CONGRESS', 'APPOINTED')),
    first_after_merger boolean     not null default false,
    closed_on          date,
    note               text,
    entered_by         text        not null,
    entered_at         timestamptz not null default now(),
    version            integer     not null default 0,
    unique (organization_id, begun_on),
    check (ends_on > begun_on),
    check (closed_on is null or closed_on > begun_on)
);
create unique index party_term_open on party_term (organization_id) where closed_on is null;
create index party_term_open_end on party_term (ends_on) where closed_on is null;

create table term_seat (
    committee_member_id bigint primary key references committee_member (id),
    term_id             bigint not null references party_term (id),
    joined_how          text   not null check (joined_how in ('ELECTED', 'BY_ELECTED', 'APPOINTED')),
    left_reason         text   check (left_reason in ('TERM_ENDED', 'RESIGNED', 'MOVED', 'DISCIPLINED', 'DIED'))
);
create index term_seat_term on term_seat (term_id);

-- The steps of preparing a congress, counted back from the term's end: dangbo's planning aid,
-- each with the text it follows; the guidance of each congress round sets the real calendar.
create table congress_preparation_step (
    code          text    primary key,
    position      integer not null unique,
    name          text    not null,
    months_before integer not null check (months_before >= 0),
    legal_basis   text    not null,
    unconfirmed   boolean not null
);
insert into congress_preparation_step values
('PLAN', 1, 'Xây dựng kế hoạch tổ chức đại hội', 6,
 'Thường do chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp của mỗi nhiệm kỳ quy định; mốc của dangbo', true),
('DOCUMENTS', 2, 'Dự thảo báo cáo chính trị và báo cáo kiểm điểm của cấp ủy', 4,
 'Thường do chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp của mỗi nhiệm kỳ quy định; mốc của dangbo', true),
('PERSONNEL', 3, 'Xây dựng phương án nhân sự cấp ủy khóa mới', 3,
 'Thường do chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp của mỗi nhiệm kỳ quy định; mốc của dangbo', true),
('SUPERIOR', 4, 'Báo cáo cấp ủy cấp trên văn kiện và phương án nhân sự', 2,
 'Thường do chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp của mỗi nhiệm kỳ quy định; mốc của dangbo', true),
('CONGRESS', 5, 'Tổ chức đại hội', 0,
 'Hết nhiệm kỳ theo quy định về nhiệm kỳ đại hội', true);

create table congress_preparation (
    term_id    bigint      not null references party_term (id),
    step_code  text        not null references congress_preparation_step (code),
    done_on    date        not null,
    entered_by text        not null,
    entered_at timestamptz not null default now(),
    primary key (term_id, step_code)
);

-- The committees recorded before terms existed: each day a committee got its secretary opens a
-- term (a congress, five years); the members who joined that day were elected, the others joined
-- within the term; those who left the day the next term began left with their term.
insert into party_term (organization_id, begun_on, ends_on, origin, closed_on, entered_by)
select s.committee_id, s.valid_from, s.valid_from + interval '5 years', 'CONGRESS',
       (select min(n.valid_from) from committee_member n
        where n.committee_id = s.committee_id and n.position = 'SECRETARY' and n.valid_from > s.valid_from),
       'dangbo'
from (select distinct committee_id, valid_from from committee_member where position = 'SECRETARY') s;
insert into term_seat (committee_member_id, term_id, joined_how, left_reason)
select m.id, t.id,
    case when m.valid_from = t.begun_on then 'ELECTED' else 'BY_ELECTED' end,
    case when m.valid_to is not null and m.valid_to = t.closed_on then 'TERM_ENDED' end
from committee_member m join party_term t
  on t.organization_id = m.committee_id and t.begun_on <= m.valid_from
  and (t.closed_on is null or m.valid_from < t.closed_on);

select audit_table('party_term');
select audit_table('term_seat');
select audit_table('congress_preparation_step');
select audit_table('congress_preparation');

-- their changes concern the organisation, and feed the terms pages, not the dashboards
insert into change_notice_topic (table_name, topic, query) values
('party_term', 'terms', 'select r.organization_id from %1$s r'),
('term_seat', 'terms',
 'select t.organization_id from %1$s r join party_term t on t.id = r.term_id'),
('congress_preparation', 'terms',
 'select t.organization_id from %1$s r join party_term t on t.id = r.term_id');
