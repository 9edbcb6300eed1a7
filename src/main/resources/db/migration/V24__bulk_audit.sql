-- Rows written in bulk (an import of thousands of members) are audited one line per statement:
-- who, when, how many and their keys, without each row's contents. Nothing is lost: a row inserted
-- this way is in its table as it was written until its first change, and that change's audit line
-- holds it as "before". The transaction that writes in bulk says so with
-- set_config('dangbo.audit.bulk', 'what', true).
create or replace function audit_changes() returns trigger language plpgsql as $$
declare
    who    text := coalesce(nullif(current_setting('dangbo.actor', true), ''), 'system');
    proxy  text := nullif(current_setting('dangbo.on_behalf_of', true), '');
    origin text := nullif(current_setting('dangbo.address', true), '');
    bulk   text := nullif(current_setting('dangbo.audit.bulk', true), '');
begin
    if tg_op = 'INSERT' and bulk is not null then
        insert into audit_log (actor, on_behalf_of, address, action, record_type, after, detail)
        select who, proxy, origin, 'INSERT', tg_table_name, jsonb_build_object('keys', jsonb_agg(k)),
               bulk || ': ' || count(*) || ' rows'
        from (select audit_key(to_jsonb(n), tg_argv) as k from new_rows n) rows
        having count(*) > 0;
    elsif tg_op = 'INSERT' then
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

