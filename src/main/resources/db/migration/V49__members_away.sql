-- Members working away (đảng viên đi làm ăn xa): where each is, since when, until when, how the
-- cell keeps in touch and when it last did; a return ends the absence. At most one open absence a
-- member. The member's status (temporary exemption, attached elsewhere) stays in their history:
-- the register links to it and does not repeat it.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('away.noContact.months', '2026-01-01', '3',
 'Nhắc của dangbo: đảng viên đi làm ăn xa mà chi bộ không liên lạc được quá số tháng này thì hiện trong việc cần làm của bí thư (không phải quy định của Đảng)',
 false);

create table member_absence (
    id              bigserial   primary key,
    member_id       bigint      not null references member (id),
    cell_id         bigint      not null references organization (id),
    abroad          boolean     not null,
    destination     text        not null,
    employer        text,
    since           date        not null,
    expected_return date,
    contact_channel text        not null,
    contact_detail  text,
    last_contact    date,
    returned_on     date,
    entered_by      text        not null,
    entered_at      timestamptz not null default now(),
    version         integer     not null default 0,
    check (expected_return is null or expected_return >= since),
    check (last_contact is null or last_contact >= since),
    check (returned_on is null or returned_on >= since)
);
create unique index member_absence_open on member_absence (member_id) where returned_on is null;
create index member_absence_cell on member_absence (cell_id, since);

select audit_table('member_absence');

-- its changes concern its cell, and feed the register, not the dashboards
insert into change_notice_topic (table_name, topic, query) values
('member_absence', 'away', 'select r.cell_id from %1$s r');
