-- Views a module publishes for the SQL of other modules, so that none reads another's tables: the
-- names of members with their cell (members), the committee members in charge of cells over time
-- (organisation), and the days members became official (members). Only these columns are
-- published; the tables behind them stay the owner's.
create view member_names as
    select id, cell_id, full_name, search_key from member;

create view committee_assignments as
    select a.id, a.committee_member_id, m.full_name, a.cell_id, a.valid_from, a.valid_to
    from cell_assignment a join committee_member m on m.id = a.committee_member_id;

create view member_became_official as
    select member_id, effective_on from member_status_change
    where from_status = 'PROBATIONARY' and to_status = 'OFFICIAL';
