-- Two more per-cell tallies, so that a province's or the nation's dashboard reads one row per cell
-- for the people in development by stage and for the meetings held, instead of every candidate and
-- every meeting. Both are derived (from candidate and from meeting, meeting_tally, meeting_guest,
-- which are audited) and not audited themselves, like meeting_tally and member_tally.
--
-- Unlike member_tally (whose cells hold many members, recounted in the background), a cell has few
-- candidates and a dozen or two meetings a year: the database recounts the rows concerned in the
-- same transaction as the change. To stay right when two transactions change one cell at once, a
-- recount first locks the tally rows (in one order) and counts in the next statement, which sees
-- whatever the other transaction committed while this one waited.

-- The people in development of each cell by their stage today, {stage: people}; admitted and left
-- not counted.
create table candidate_stage_tally (
    cell_id  bigint  primary key references organization (id),
    stages   jsonb   not null default '{}'
);

create function candidate_stage_tally_refresh(cells bigint[]) returns void language plpgsql as $$
begin
    insert into candidate_stage_tally (cell_id)
    select distinct cell from unnest(cells) as c (cell) where cell is not null order by cell
    on conflict do nothing;
    perform 1 from candidate_stage_tally where cell_id = any(cells) order by cell_id for update;
    update candidate_stage_tally t set stages = coalesce((
        select jsonb_object_agg(stage, people) from (
            select c.stage, count(*) as people from candidate c
            where c.cell_id = t.cell_id and c.stage not in ('ADMITTED', 'LEFT')
            group by c.stage) s), '{}')
    where t.cell_id = any(cells);
end;
$$;

create function candidate_stage_tally_inserted() returns trigger language plpgsql as $$
begin
    perform candidate_stage_tally_refresh(array(select distinct cell_id from inserted));
    return null;
end;
$$;

create function candidate_stage_tally_deleted() returns trigger language plpgsql as $$
begin
    perform candidate_stage_tally_refresh(array(select distinct cell_id from deleted));
    return null;
end;
$$;

create function candidate_stage_tally_updated() returns trigger language plpgsql as $$
begin
    -- only the rows whose stage or cell changed (a new phone number changes no figure)
    perform candidate_stage_tally_refresh(array(
        select cell from deleted d join inserted i on i.id = d.id
        cross join lateral (values (d.cell_id), (i.cell_id)) as c (cell)
        where (d.stage, d.cell_id) is distinct from (i.stage, i.cell_id)
        group by cell));
    return null;
end;
$$;

create trigger candidate_stage_tally_inserted after insert on candidate
    referencing new table as inserted for each statement
    execute function candidate_stage_tally_inserted();
create trigger candidate_stage_tally_deleted after delete on candidate
    referencing old table as deleted for each statement
    execute function candidate_stage_tally_deleted();
create trigger candidate_stage_tally_updated after update on candidate
    referencing old table as deleted new table as inserted for each statement
    execute function candidate_stage_tally_updated();

select candidate_stage_tally_refresh(array(select distinct cell_id from candidate));

-- Each organisation's meetings of a year, as the month-by-month grid shows them: by month (12
-- values) the meetings other than thematic ones, the members present at them and counted at them
-- (from meeting_tally), whether one of them had guests; by quarter (4 values) whether a thematic
-- meeting was held.
create table meeting_year_tally (
    organization_id  bigint     not null references organization (id),
    year             integer    not null,
    regular          integer[]  not null default array_fill(0, array[12]),
    present          integer[]  not null default array_fill(0, array[12]),
    counted          integer[]  not null default array_fill(0, array[12]),
    guests           boolean[]  not null default array_fill(false, array[12]),
    thematic         boolean[]  not null default array_fill(false, array[4]),
    primary key (organization_id, year)
);

-- The meetings of an organisation's year counted from the meetings, in the tally's shape.
create function meeting_year_counted(organizations bigint[], years integer[])
returns table (organization_id bigint, year integer, regular integer[], present integer[],
    counted integer[], guests boolean[], thematic boolean[])
language sql stable as $$
    select k.organization_id, k.year, r.regular, r.present, r.counted, r.guests, q.thematic
    from (select distinct o, y from unnest(organizations, years) as u (o, y)) as k (organization_id, year)
    cross join lateral (
        select array_agg(coalesce(n.meetings, 0) order by month) as regular,
            array_agg(coalesce(n.present, 0) order by month) as present,
            array_agg(coalesce(n.counted, 0) order by month) as counted,
            array_agg(coalesce(n.guests, false) order by month) as guests
        from generate_series(1, 12) as month
        left join (
            select cast(extract(month from m.held_on) as integer) as month,
                cast(count(*) as integer) as meetings,
                cast(sum(coalesce(t.present, 0)) as integer) as present,
                cast(sum(coalesce(t.counted, 0)) as integer) as counted,
                bool_or(exists (select 1 from meeting_guest g where g.meeting_id = m.id)) as guests
            from meeting m left join meeting_tally t on t.meeting_id = m.id
            where m.organization_id = k.organization_id and m.kind <> 'THEMATIC'
              and m.held_on between make_date(k.year, 1, 1) and make_date(k.year, 12, 31)
            group by 1) n using (month)) r
    cross join lateral (
        select array_agg(exists (
            select 1 from meeting m
            where m.organization_id = k.organization_id and m.kind = 'THEMATIC'
              and m.held_on >= make_date(k.year, quarter * 3 - 2, 1)
              and m.held_on < make_date(k.year, quarter * 3 - 2, 1) + interval '3 months')
            order by quarter) as thematic
        from generate_series(1, 4) as quarter) q
$$;

create function meeting_year_tally_refresh(organizations bigint[], years integer[])
returns void language plpgsql as $$
begin
    insert into meeting_year_tally (organization_id, year)
    select distinct o, y from unnest(organizations, years) as u (o, y) order by o, y
    on conflict do nothing;
    perform 1 from meeting_year_tally t
    join unnest(organizations, years) as u (o, y) on t.organization_id = u.o and t.year = u.y
    order by t.organization_id, t.year for update of t;
    update meeting_year_tally t
    set regular = c.regular, present = c.present, counted = c.counted, guests = c.guests,
        thematic = c.thematic
    from meeting_year_counted(organizations, years) c
    where t.organization_id = c.organization_id and t.year = c.year;
end;
$$;

-- The triggers: each names the organisations and years its changed rows concern, in one order.
create function meeting_year_tally_meeting_inserted() returns trigger language plpgsql as $$
declare
    organizations bigint[];
    years integer[];
begin
    select array_agg(o order by o, y), array_agg(y order by o, y) into organizations, years
    from (select distinct organization_id, cast(extract(year from held_on) as integer)
          from inserted) k (o, y);
    perform meeting_year_tally_refresh(organizations, years);
    return null;
end;
$$;

create function meeting_year_tally_meeting_deleted() returns trigger language plpgsql as $$
declare
    organizations bigint[];
    years integer[];
begin
    select array_agg(o order by o, y), array_agg(y order by o, y) into organizations, years
    from (select distinct organization_id, cast(extract(year from held_on) as integer)
          from deleted) k (o, y);
    perform meeting_year_tally_refresh(organizations, years);
    return null;
end;
$$;

create function meeting_year_tally_meeting_updated() returns trigger language plpgsql as $$
declare
    organizations bigint[];
    years integer[];
begin
    -- only the meetings whose organisation, day or kind changed: their old and their new year
    select array_agg(o order by o, y), array_agg(y order by o, y) into organizations, years
    from (
        select distinct k.o, k.y from deleted d join inserted i on i.id = d.id
        cross join lateral (values
            (d.organization_id, cast(extract(year from d.held_on) as integer)),
            (i.organization_id, cast(extract(year from i.held_on) as integer))) as k (o, y)
        where (d.organization_id, d.held_on, d.kind)
              is distinct from (i.organization_id, i.held_on, i.kind)) k;
    perform meeting_year_tally_refresh(organizations, years);
    return null;
end;
$$;

-- A change to a meeting's attendance counts (meeting_tally) or guests concerns its meeting's year.
create function meeting_year_tally_of_meetings(meetings bigint[]) returns void
language plpgsql as $$
declare
    organizations bigint[];
    years integer[];
begin
    select array_agg(o order by o, y), array_agg(y order by o, y) into organizations, years
    from (select distinct m.organization_id, cast(extract(year from m.held_on) as integer)
          from meeting m where m.id = any(meetings)) k (o, y);
    perform meeting_year_tally_refresh(organizations, years);
end;
$$;

create function meeting_year_tally_parts_inserted() returns trigger language plpgsql as $$
begin
    perform meeting_year_tally_of_meetings(array(select distinct meeting_id from inserted));
    return null;
end;
$$;

create function meeting_year_tally_parts_deleted() returns trigger language plpgsql as $$
begin
    perform meeting_year_tally_of_meetings(array(select distinct meeting_id from deleted));
    return null;
end;
$$;

create function meeting_year_tally_parts_updated() returns trigger language plpgsql as $$
begin
    perform meeting_year_tally_of_meetings(array(
        select meeting_id from deleted union select meeting_id from inserted));
    return null;
end;
$$;

create trigger meeting_year_tally_inserted after insert on meeting
    referencing new table as inserted for each statement
    execute function meeting_year_tally_meeting_inserted();
create trigger meeting_year_tally_deleted after delete on meeting
    referencing old table as deleted for each statement
    execute function meeting_year_tally_meeting_deleted();
create trigger meeting_year_tally_updated after update on meeting
    referencing old table as deleted new table as inserted for each statement
    execute function meeting_year_tally_meeting_updated();

create trigger meeting_year_tally_inserted after insert on meeting_tally
    referencing new table as inserted for each statement
    execute function meeting_year_tally_parts_inserted();
create trigger meeting_year_tally_deleted after delete on meeting_tally
    referencing old table as deleted for each statement
    execute function meeting_year_tally_parts_deleted();
create trigger meeting_year_tally_updated after update on meeting_tally
    referencing old table as deleted new table as inserted for each statement
    execute function meeting_year_tally_parts_updated();

create trigger meeting_year_tally_inserted after insert on meeting_guest
    referencing new table as inserted for each statement
    execute function meeting_year_tally_parts_inserted();
create trigger meeting_year_tally_deleted after delete on meeting_guest
    referencing old table as deleted for each statement
    execute function meeting_year_tally_parts_deleted();
create trigger meeting_year_tally_updated after update on meeting_guest
    referencing old table as deleted new table as inserted for each statement
    execute function meeting_year_tally_parts_updated();

do $$
declare
    organizations bigint[];
    years integer[];
begin
    select array_agg(o order by o, y), array_agg(y order by o, y) into organizations, years
    from (select distinct organization_id, cast(extract(year from held_on) as integer)
          from meeting) k (o, y);
    perform meeting_year_tally_refresh(organizations, years);
end;
$$;
