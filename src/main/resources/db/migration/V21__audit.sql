-- The audit trail: every change to every table (who, when, from where, what, before and after),
-- every sign-in and failed sign-in, every export and every view of a full member record. Changes are
-- written by the database itself, so no code path can forget them; the application tells each
-- connection who is acting (dangbo.actor, dangbo.on_behalf_of, dangbo.address).

create table audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz  not null default clock_timestamp(),
    actor        varchar(100) not null,
    on_behalf_of varchar(100),
    address      varchar(100),
    action       varchar(20)  not null check (action in ('INSERT', 'UPDATE', 'DELETE', 'SIGN_IN',
                                                         'SIGN_IN_FAILED', 'EXPORT', 'VIEW')),
    record_type  varchar(100),
    record_id    varchar(200),
    before       jsonb,
    after        jsonb,
    detail       varchar(2000)
);
create index audit_log_at on audit_log (at);
create index audit_log_actor on audit_log (actor, at);
create index audit_log_record on audit_log (record_type, record_id, at);

-- append-only: no update, delete or truncate, whoever asks
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- the row as kept in the trail: without secrets, file contents and values derived from others
create function audit_row(r jsonb) returns jsonb language sql immutable as $$
    select r - 'password_hash' - 'totp_secret' - 'content' - 'search_key' - 'valid_until'
$$;

-- a row's key: its primary-key columns, joined by '/'
create function audit_key(r jsonb, columns text[]) returns text language sql immutable as $$
    select string_agg(coalesce(r ->> c, ''), '/' order by n) from unnest(columns) with ordinality as k (c, n)
$$;

create function audit_changes() returns trigger language plpgsql as $$
declare
    who    text := coalesce(nullif(current_setting('dangbo.actor', true), ''), 'system');
    proxy  text := nullif(current_setting('dangbo.on_behalf_of', true), '');
    origin text := nullif(current_setting('dangbo.address', true), '');
begin
    if tg_op = 'INSERT' then
        insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id, after)
        select who, proxy, origin, 'INSERT', tg_table_name, audit_key(j, tg_argv), audit_row(j)
        from (select to_jsonb(n) as j from new_rows n) rows;
    elsif tg_op = 'UPDATE' then
        insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id, before, after)
        select who, proxy, origin, 'UPDATE', tg_table_name, n.k, audit_row(o.j), audit_row(n.j)
        from (select to_jsonb(o) as j, audit_key(to_jsonb(o), tg_argv) as k from old_rows o) o
        join (select to_jsonb(n) as j, audit_key(to_jsonb(n), tg_argv) as k from new_rows n) n
          on n.k = o.k
        where audit_row(o.j) is distinct from audit_row(n.j);
    else
        insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id, before)
        select who, proxy, origin, 'DELETE', tg_table_name, audit_key(j, tg_argv), audit_row(j)
        from (select to_jsonb(o) as j from old_rows o) rows;
    end if;
    return null;
end;
$$;

-- puts a table under audit; every migration that creates a table calls it (a test checks)
create function audit_table(t regclass) returns void language plpgsql as $$
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
end;
$$;

select audit_table(c.oid)
from pg_class c join pg_namespace s on s.oid = c.relnamespace
where s.nspname = current_schema() and c.relkind = 'r'
  and c.relname not in ('audit_log', 'flyway_schema_history')
  and c.relname not like 'event_publication%'
  and c.relname not like 'spring_session%';
