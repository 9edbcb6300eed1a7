-- Every committed change to the audited tables is announced on the channel "dangbo_changes", so
-- that figures computed from the data (a province's dashboard takes most of a second) can be kept
-- until the next change instead of computed for every page. PostgreSQL delivers a notice only when
-- its transaction commits, once per transaction however many statements sent it, and to every app
-- instance listening.
create function announce_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('dangbo_changes', '');
    return null;
end;
$$;

create function announce_changes_of(t regclass) returns void language plpgsql as $$
begin
    execute format('create trigger announce_change after insert or update or delete or truncate'
                   ' on %s for each statement execute function announce_change()', t);
end;
$$;

-- the tables under audit (V21); the derived tables (meeting_tally, organization_ancestor) change
-- only with them
select announce_changes_of(c.oid)
from pg_class c join pg_namespace s on s.oid = c.relnamespace
where s.nspname = current_schema() and c.relkind = 'r'
  and exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_insert');

-- a table put under audit from now on announces its changes too
create or replace function audit_table(t regclass) returns void language plpgsql as $$
declare
    key_columns text;
begin
    select coalesce(string_agg(quote_literal(a.attname), ', ' order by k.n), '')
    into key_columns
    from pg_index i
    cross join unnest(i.indkey) with ordinality as k (attnum, n)
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
    where i.indrelid = t and i.indisprimary;
    execute format('create trigger audit_insert after insert on %s referencing new table as new_rows'
                   ' for each statement execute function audit_changes(%s)', t, key_columns);
    execute format('create trigger audit_update after update on %s referencing old table as old_rows'
                   ' new table as new_rows for each statement execute function audit_changes(%s)',
                   t, key_columns);
    execute format('create trigger audit_delete after delete on %s referencing old table as old_rows'
                   ' for each statement execute function audit_changes(%s)', t, key_columns);
    perform announce_changes_of(t);
end;
$$;
