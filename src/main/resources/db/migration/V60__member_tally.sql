-- Each cell's member figures of today (the make-up a dashboard shows: counts by status, women, ethnic
-- groups, age bands, education, home places), kept so that a province's or the nation's figures
-- read one row per cell instead of every member. Derived from member, which is audited; this table
-- is not (like meeting_tally).
--
-- A change to a member's row that can change a figure (status, cell, sex, birth date, ethnic group,
-- education, home place) marks the tallies of the cells concerned stale in the same transaction;
-- the next read recomputes those cells (MemberTallies). A row also holds for a period only: its
-- age bands are those of computed_on, until valid_until, the first day a member may change band.
create table member_tally (
    cell_id       bigint  primary key references organization (id),
    stale         boolean not null default true,
    computed_on   date,
    valid_until   date,
    total         integer not null default 0,
    official      integer not null default 0,
    probationary  integer not null default 0,
    exempted      integer not null default 0,
    women         integer not null default 0,
    attached_here integer not null default 0,
    -- {"ethnicity": {code: n}, "age": {band: n}, "education": {level: n}, "places": {id: n}}
    groups        jsonb   not null default '{}'
);

create function member_tally_stale(cells bigint[]) returns void language sql as $$
    insert into member_tally (cell_id)
    select cell from unnest(cells) as c (cell) where cell is not null order by cell
    on conflict (cell_id) do update set stale = true;
$$;

create function member_tally_inserted() returns trigger language plpgsql as $$
begin
    perform member_tally_stale(array(select distinct cell_id from inserted));
    return null;
end;
$$;

create function member_tally_deleted() returns trigger language plpgsql as $$
begin
    perform member_tally_stale(array(select distinct cell_id from deleted));
    return null;
end;
$$;

create function member_tally_updated() returns trigger language plpgsql as $$
begin
    -- only the rows whose counted facts changed (a re-sealed phone or a new address changes none)
    perform member_tally_stale(array(
        select cell from deleted d join inserted i on i.id = d.id
        cross join lateral (values (d.cell_id), (i.cell_id)) as c (cell)
        where (d.status, d.cell_id, d.sex, d.birth_date, d.ethnicity_code, d.general_education,
               d.home_place_id)
              is distinct from
              (i.status, i.cell_id, i.sex, i.birth_date, i.ethnicity_code, i.general_education,
               i.home_place_id)
        group by cell));
    return null;
end;
$$;

create trigger member_tally_inserted after insert on member
    referencing new table as inserted for each statement execute function member_tally_inserted();
create trigger member_tally_deleted after delete on member
    referencing old table as deleted for each statement execute function member_tally_deleted();
create trigger member_tally_updated after update on member
    referencing old table as deleted new table as inserted
    for each statement execute function member_tally_updated();
