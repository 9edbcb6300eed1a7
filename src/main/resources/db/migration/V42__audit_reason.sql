-- A change made with a stated reason (a correction of an ended organisation's record, a rule
-- version dated back over decisions already taken) keeps that reason in its audit line: the
-- application sets dangbo.audit.reason for the transaction, and each line it writes carries it as
-- its detail. Everything else is as in V30.
create or replace function audit_changes() returns trigger language plpgsql as $$
declare
    who    text := coalesce(nullif(current_setting('dangbo.actor', true), ''), 'system');
    proxy  text := nullif(current_setting('dangbo.on_behalf_of', true), '');
    origin text := nullif(current_setting('dangbo.address', true), '');
    bulk   text := nullif(current_setting('dangbo.audit.bulk', true), '');
    reason text := nullif(current_setting('dangbo.audit.reason', true), '');
begin
    if tg_op = 'INSERT' and bulk is not null then
        execute format(
            'insert into audit_log (actor, on_behalf_of, address, action, record_type, after, detail)'
            ' select $1, $2, $3, ''INSERT'', $4, jsonb_build_object(''keys'', jsonb_agg(k)),'
            '   $5 || '': '' || count(*) || '' rows'''
            ' from (select concat_ws(''/'', %s) as k from new_rows n) rows having count(*) > 0',
            (select string_agg(format('coalesce(n.%I::text, '''')', c), ', ' order by i)
             from unnest(tg_argv) with ordinality as k (c, i)))
        using who, proxy, origin, tg_table_name, bulk;
    elsif tg_op = 'INSERT' then
        insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id, after, detail)
        select who, proxy, origin, 'INSERT', tg_table_name, audit_key(j, tg_argv), audit_row(j), reason
        from (select to_jsonb(n) as j from new_rows n) rows;
    elsif tg_op = 'UPDATE' then
        insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id, before, after, detail)
        select who, proxy, origin, 'UPDATE', tg_table_name, n.k, audit_row(o.j), audit_row(n.j), reason
        from (select to_jsonb(o) as j, audit_key(to_jsonb(o), tg_argv) as k from old_rows o) o
        join (select to_jsonb(n) as j, audit_key(to_jsonb(n), tg_argv) as k from new_rows n) n
          on n.k = o.k
        where audit_row(o.j) is distinct from audit_row(n.j);
    else
        insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id, before, detail)
        select who, proxy, origin, 'DELETE', tg_table_name, audit_key(j, tg_argv), audit_row(j), reason
        from (select to_jsonb(o) as j from old_rows o) rows;
    end if;
    return null;
end;
$$;
