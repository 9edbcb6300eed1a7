-- Records members help keep right: a member proposes corrections to their own record (where they
-- live, phone, education, work, ...), perhaps with a document; the cell's secretary or the office
-- accepts (only then is the record changed, the proposal named in the audit trail's reason) or
-- rejects with the reason. The attached file is kept in `content`, which the audit trail leaves out.
create table correction_proposal (
    id              bigserial   primary key,
    member_id       bigint      not null references member (id),
    cell_id         bigint      not null references organization (id),
    note            text,
    attachment_name text,
    attachment_type text        check (attachment_type in ('application/pdf', 'image/jpeg', 'image/png')),
    content         bytea       check (content is null or length(content) <= 2097152),
    state           text        not null check (state in ('PENDING', 'ACCEPTED', 'REJECTED')),
    proposed_by     text        not null,
    proposed_at     timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    version         integer     not null default 0,
    check ((state = 'PENDING') = (decided_at is null))
);
create index correction_proposal_member on correction_proposal (member_id);
create index correction_proposal_cell on correction_proposal (cell_id, state);

create table correction_change (
    proposal_id bigint not null references correction_proposal (id),
    field       text   not null check (field in ('RESIDENCE', 'PHONE', 'GENERAL_EDUCATION',
        'EDUCATION_NOTE', 'PROFESSIONAL_QUALIFICATION', 'OCCUPATION', 'RELIGION', 'HOME_TOWN',
        'BIRTH_PLACE', 'OTHER_NAMES')),
    old_value   text,
    new_value   text,
    primary key (proposal_id, field)
);

select audit_table('correction_proposal');
select audit_table('correction_change');

-- their changes concern the member's cell and feed the proposals' pages, not the dashboards
insert into change_notice_topic (table_name, topic, query) values
('correction_proposal', 'records', 'select r.cell_id from %1$s r'),
('correction_change', 'records',
 'select p.cell_id from %1$s r join correction_proposal p on p.id = r.proposal_id');
