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

-- a table put under audit from now on announces its changes too: audit_table (V21) keeps its
-- triggers under another name and the new audit_table adds the announcing one
alter function audit_table(regclass) rename to audit_triggers;

create function audit_table(t regclass) returns void language plpgsql as $$
begin
    perform audit_triggers(t);
    perform announce_changes_of(t);
end;
$$;
