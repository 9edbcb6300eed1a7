-- Every organisation's ancestors over time, so that "everything under this node on this day" is one
-- range of one index instead of a walk down the tree level by level (a province's 4,000 cells took
-- some 50 ms to walk on the country's data, and a dashboard asked a dozen times).
--
-- Derived from organization_version by the database whenever versions change: a row says that
-- ancestor_id was above organization_id, depth levels up (1 = the parent), from valid_from
-- (inclusive) to valid_to (exclusive, null = still). The interval is where the versions of the whole chain between the two
-- overlap, so on any day it agrees with following parent_id upwards through the versions in force.
-- Like meeting_tally it is not audited and holds nothing that is not elsewhere.
create table organization_ancestor (
    organization_id bigint not null references organization (id),
    ancestor_id     bigint not null references organization (id),
    depth           integer not null check (depth > 0),
    valid_from      date   not null,
    valid_to        date,
    primary key (organization_id, ancestor_id, valid_from)
);
create index organization_ancestor_range on organization_ancestor (ancestor_id, valid_from)
    include (valid_to, organization_id);

-- The ancestor rows of the given organisations, computed from the versions.
create function organization_ancestors_of(ids bigint[])
returns table (organization_id bigint, ancestor_id bigint, depth integer, valid_from date,
    valid_to date)
language sql stable as $$
    with recursive up (organization_id, ancestor_id, depth, valid_from, valid_to) as (
        select v.organization_id, v.parent_id, 1, v.valid_from, v.valid_to
        from organization_version v
        where v.organization_id = any(ids) and v.parent_id is not null
        union all
        select u.organization_id, p.parent_id, u.depth + 1, greatest(u.valid_from, p.valid_from),
            case when u.valid_to is null then p.valid_to
                 when p.valid_to is null then u.valid_to
                 else least(u.valid_to, p.valid_to) end
        from up u join organization_version p on p.organization_id = u.ancestor_id
        where p.parent_id is not null
            -- a tree is never this deep; the bound keeps a loop in bad data from running forever
            and u.depth < 32
            and (u.valid_to is null or p.valid_from < u.valid_to)
            and (p.valid_to is null or p.valid_to > u.valid_from)
    )
    select * from up
$$;

-- Recomputes the rows of the changed organisations and of everything that was ever below them.
create function organization_ancestor_refresh(changed bigint[]) returns void language plpgsql as $$
declare
    affected bigint[] := array(
        select unnest(changed)
        union
        select a.organization_id from organization_ancestor a where a.ancestor_id = any(changed));
begin
    delete from organization_ancestor where organization_id = any(affected);
    insert into organization_ancestor (organization_id, ancestor_id, depth, valid_from, valid_to)
    select * from organization_ancestors_of(affected);
end;
$$;

-- One function for the three triggers: each branch names only the transition tables its event has
-- (PL/pgSQL plans a statement when it first runs it).
create function organization_ancestor_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform organization_ancestor_refresh(array(select organization_id from inserted));
    elsif tg_op = 'DELETE' then
        perform organization_ancestor_refresh(array(select organization_id from deleted));
    else
        perform organization_ancestor_refresh(array(
            select organization_id from deleted union select organization_id from inserted));
    end if;
    return null;
end;
$$;

create trigger organization_ancestor_inserted after insert on organization_version
    referencing new table as inserted
    for each statement execute function organization_ancestor_changed();
create trigger organization_ancestor_deleted after delete on organization_version
    referencing old table as deleted
    for each statement execute function organization_ancestor_changed();
create trigger organization_ancestor_updated after update on organization_version
    referencing old table as deleted new table as inserted
    for each statement execute function organization_ancestor_changed();

insert into organization_ancestor (organization_id, ancestor_id, depth, valid_from, valid_to)
select * from organization_ancestors_of(array(select id from organization));
