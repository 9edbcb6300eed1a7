-- Each history entry now says which cell the member belongs to from that day, so figures on a past
-- day count the member in the cell they were in then. A move between cells and a transfer in are
-- history entries of their own kind. Temporary statuses carry the day the member is due back.
alter table member_status_change add column cell_id bigint references organization (id);
update member_status_change c set cell_id = m.cell_id from member m where m.id = c.member_id;
alter table member_status_change alter column cell_id set not null;
alter table member_status_change
    add column kind varchar(12) not null default 'STATUS' check (kind in ('STATUS', 'TRANSFER_IN', 'MOVE'));
alter table member_status_change add column until_date date;
alter table member_status_change
    add constraint until_after_effective check (until_date is null or until_date > effective_on);
create index member_status_change_cell on member_status_change (cell_id, member_id);

-- A member's own account, linked to their record: the member reads their record and nobody else's.
alter table user_account add column member_id bigint unique references member (id) on delete set null;
alter table user_account
    add constraint member_account check (member_id is null or role = 'MEMBER');
