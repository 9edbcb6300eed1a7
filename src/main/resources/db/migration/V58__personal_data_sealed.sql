-- A person's citizen ID, old ID number, phone, address and the mentors' notes about them are
-- sealed by the application (AES-256-GCM, docs/privacy.md) before they are written: the database,
-- its backups and the audit trail hold "enc:v1:<key id>:<base64>" only. A citizen ID is found and
-- kept unique through its lookup hash (HMAC-SHA-256 under a key the database never sees).
-- The rows written before this version are sealed by the application's first pass on its next
-- start (protection_state.pass_needed); the checks below hold for every row written from now on.

alter table member drop constraint member_citizen_id_key;
alter table member drop constraint member_citizen_id_check;
alter table member drop constraint member_old_id_number_check;
alter table member alter column citizen_id type text,
                   alter column old_id_number type text,
                   alter column phone type text,
                   alter column residence type text;
alter table member add column citizen_id_lookup text;
alter table member add constraint member_citizen_id_lookup_key unique (citizen_id_lookup);
alter table member add constraint member_citizen_id_sealed check (citizen_id like 'enc:v1:%') not valid,
                   add constraint member_old_id_number_sealed check (old_id_number like 'enc:v1:%') not valid,
                   add constraint member_phone_sealed check (phone like 'enc:v1:%') not valid,
                   add constraint member_residence_sealed check (residence like 'enc:v1:%') not valid;

drop index candidate_citizen_id;
alter table candidate drop constraint candidate_citizen_id_check;
alter table candidate drop constraint candidate_phone_check;
alter table candidate alter column citizen_id type text,
                      alter column phone type text,
                      alter column residence type text;
alter table candidate add column citizen_id_lookup text;
create unique index candidate_citizen_id_lookup on candidate (citizen_id_lookup)
    where stage not in ('LEFT', 'ADMITTED');
alter table candidate add constraint candidate_citizen_id_sealed check (citizen_id like 'enc:v1:%') not valid,
                      add constraint candidate_phone_sealed check (phone like 'enc:v1:%') not valid,
                      add constraint candidate_residence_sealed check (residence like 'enc:v1:%') not valid;

alter table mentor_observation alter column note type text;
alter table mentor_observation add constraint mentor_observation_note_sealed
    check (note like 'enc:v1:%') not valid;

-- whether every row is sealed under the current key: false once a pass has gone over every table
-- with no key added since; true after this upgrade and after an administrator adds a key. The
-- canary is a known text sealed by the keys: a start with keys that do not open it (a key file lost
-- and made anew) stops before it writes anything under them.
create table protection_state (
    id              boolean     primary key default true check (id),
    canary          text,
    pass_needed     boolean     not null,
    pass_key        varchar(16),
    pass_started_at timestamptz,
    pass_ended_at   timestamptz
);
insert into protection_state (pass_needed) values (true);
select audit_table('protection_state');
insert into change_notice_silent (table_name, reason) values
('protection_state', 'the sealing of personal data changes no value');

-- the lookup hash is derived from the citizen ID: kept out of the trail like the search key
create or replace function audit_row(r jsonb) returns jsonb language sql immutable as $$
    select r - 'password_hash' - 'totp_secret' - 'content' - 'search_key' - 'valid_until'
             - 'citizen_id_lookup'
$$;

-- Updates made in bulk (the resealing of rows under a new key, which changes no value) are audited
-- like bulk inserts: one line per statement with the rows' keys. Everything else is as in V42.
create or replace function audit_changes() returns trigger language plpgsql as $$
declare
    who    text := coalesce(nullif(current_setting('dangbo.actor', true), ''), 'system');
    proxy  text := nullif(current_setting('dangbo.on_behalf_of', true), '');
    origin text := nullif(current_setting('dangbo.address', true), '');
    bulk   text := nullif(current_setting('dangbo.audit.bulk', true), '');
    reason text := nullif(current_setting('dangbo.audit.reason', true), '');
begin
    if tg_op in ('INSERT', 'UPDATE') and bulk is not null then
        execute format(
            'insert into audit_log (actor, on_behalf_of, address, action, record_type, after, detail)'
            ' select $1, $2, $3, $6, $4, jsonb_build_object(''keys'', jsonb_agg(k)),'
            '   $5 || '': '' || count(*) || '' rows'''
            ' from (select concat_ws(''/'', %s) as k from new_rows n) rows having count(*) > 0',
            (select string_agg(format('coalesce(n.%I::text, '''')', c), ', ' order by i)
             from unnest(tg_argv) with ordinality as k (c, i)))
        using who, proxy, origin, tg_table_name, bulk, tg_op;
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

-- The trail's copies of these rows are sealed too: the application rewrites the before and after
-- of a line with the same values sealed, through this function only (the trail stays append-only
-- for everything else, see V56). Only the keys given may change; answers the lines changed.
create function audit_reseal(ids bigint[], befores jsonb[], afters jsonb[]) returns integer
language plpgsql as $$
declare
    changed integer;
begin
    perform set_config('dangbo.audit.forgetting', 'on', true);
    update audit_log a set before = a.before || coalesce(v.b, '{}'),
                           after = a.after || coalesce(v.f, '{}')
    from unnest(ids, befores, afters) as v (id, b, f)
    where a.id = v.id
      and (select bool_and(k in ('citizen_id', 'old_id_number', 'phone', 'residence', 'note'))
           from jsonb_object_keys(coalesce(v.b, '{}') || coalesce(v.f, '{}')) k) is not false;
    get diagnostics changed = row_count;
    perform set_config('dangbo.audit.forgetting', 'off', true);
    return changed;
end;
$$;
