-- Each history entry holds the day the member's next entry takes over (exclusive), so "the members
-- of these cells on a day" is a plain indexed filter instead of a search for each member's latest
-- entry. Kept by the database itself: any insert, and any change of an entry's member (merging
-- duplicate records), recomputes the ranges of the members concerned.

alter table member_status_change add column valid_until date;

create function member_history_ranges(members bigint[]) returns void language sql as $$
    update member_status_change c set valid_until = n.next_on
    from (select id, lead(effective_on) over (partition by member_id order by effective_on, id) as next_on
          from member_status_change where member_id = any(members)) n
    where c.id = n.id and c.valid_until is distinct from n.next_on;
$$;

create function member_history_inserted() returns trigger language plpgsql as $$
begin
    perform member_history_ranges(array(select distinct member_id from inserted));
    return null;
end;
$$;

create trigger member_history_inserted after insert on member_status_change
    referencing new table as inserted for each statement execute function member_history_inserted();

create function member_history_moved() returns trigger language plpgsql as $$
begin
    perform member_history_ranges(array[old.member_id, new.member_id]);
    return null;
end;
$$;

create trigger member_history_moved after update of member_id, effective_on on member_status_change
    for each row execute function member_history_moved();

select member_history_ranges(array(select id from member));

-- the entries of a period, for the flows in and out of a set of cells
create index member_status_change_day on member_status_change (effective_on);
