-- The remittance of dues up the tree: a cell directly under a grassroots committee keeps a share of
-- what it collected in a month and remits the rest to the committee; the grassroots organisation
-- remits a share of everything its cells collected to the level above and keeps what is left. The
-- shares of Quy định 01-QĐ/TW (2026) are not in hand: the values are those of Quy định 342-QĐ/TW
-- (2010), which it replaced, and are marked unconfirmed (docs/dues.md).
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('dues.share.cellKeeps.basisPoints', '2026-02-01', '3000',
 'Chi bộ trực thuộc đảng ủy cơ sở trích giữ lại 30 % đảng phí thu được, nộp 70 % lên đảng ủy cơ sở: mức của Quy định 342-QĐ/TW (2010); tỷ lệ của Quy định 01-QĐ/TW (2026) chưa có trong tay, chưa đối chiếu', true),
('dues.share.grassrootsRemits.basisPoints', '2026-02-01', '1000',
 'Tổ chức cơ sở đảng ở xã, phường nộp lên cấp trên 10 % số đảng phí thu được, giữ lại 90 %: mức của Quy định 342-QĐ/TW (2010); tỷ lệ của Quy định 01-QĐ/TW (2026) chưa có trong tay, chưa đối chiếu', true);

-- A sum of dues handed up by an organisation (a cell to its committee, a grassroots committee to
-- the level above) for the dues it collected in a month; several may be recorded for one month.
create table dues_remittance (
    id              bigserial   primary key,
    organization_id bigint      not null references organization (id),
    month           date        not null check (extract(day from month) = 1),
    amount          bigint      not null check (amount > 0),
    remitted_on     date        not null,
    reference       text,
    entered_by      text        not null,
    entered_at      timestamptz not null default now()
);
create index dues_remittance_organization_month on dues_remittance (organization_id, month);
-- the cash a cell collected in a month is read by the day it was paid
create index dues_payment_cell_paid_on on dues_payment (cell_id, paid_on);

-- Tables whose changes feed no figure of a dashboard: their changes name no organisation. A module
-- adds its tables here instead of replacing changed_organizations_query (V31, V45) whole.
create table change_notice_silent (
    table_name name primary key,
    reason     text not null
);
insert into change_notice_silent (table_name, reason) values
('dues_remittance', 'dues feed no dashboard figure');

alter function changed_organizations_query(name) rename to changed_organizations_by_table;
create function changed_organizations_query(t name) returns text language sql stable as $$
    select case
        when exists (select 1 from change_notice_silent s where s.table_name = t) then
            'select cast(null as bigint) where false'
        else changed_organizations_by_table(t)
    end
$$;

select audit_table('dues_remittance');
