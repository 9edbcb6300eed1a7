-- Each meeting's attendance counts, kept by the database whenever attendance lines change, so that
-- the month-by-month grid of a province's year (some ten thousand meetings, a million attendance
-- lines) reads one row per meeting. Derived from meeting_attendance, which is audited; this table
-- is not (like spring_session, it holds nothing that is not elsewhere).
create table meeting_tally (
    meeting_id  bigint   primary key references meeting (id),
    present     integer  not null,
    counted     integer  not null
);

create function meeting_tally_refresh(meetings bigint[]) returns void language sql as $$
    delete from meeting_tally where meeting_id = any(meetings);
    insert into meeting_tally (meeting_id, present, counted)
    select meeting_id, count(*) filter (where counted and presence = 'PRESENT'),
        count(*) filter (where counted)
    from meeting_attendance where meeting_id = any(meetings)
    group by meeting_id;
$$;

create function meeting_tally_inserted() returns trigger language plpgsql as $$
begin
    perform meeting_tally_refresh(array(select distinct meeting_id from inserted));
    return null;
end;
$$;

create function meeting_tally_deleted() returns trigger language plpgsql as $$
begin
    perform meeting_tally_refresh(array(select distinct meeting_id from deleted));
    return null;
end;
$$;

create function meeting_tally_updated() returns trigger language plpgsql as $$
begin
    perform meeting_tally_refresh(array(
        select meeting_id from deleted union select meeting_id from inserted));
    return null;
end;
$$;

create trigger meeting_tally_inserted after insert on meeting_attendance
    referencing new table as inserted for each statement execute function meeting_tally_inserted();
create trigger meeting_tally_deleted after delete on meeting_attendance
    referencing old table as deleted for each statement execute function meeting_tally_deleted();
create trigger meeting_tally_updated after update on meeting_attendance
    referencing old table as deleted new table as inserted
    for each statement execute function meeting_tally_updated();

select meeting_tally_refresh(array(select distinct meeting_id from meeting_attendance));
