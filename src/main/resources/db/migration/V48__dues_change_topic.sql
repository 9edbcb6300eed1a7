-- Changes of dues concern the dues report of their organisations but no dashboard: they are
-- announced on "dangbo_changes" under the topic "dues" ("dues:12,34", "dues:*"), which voids the
-- answers kept under that topic only (FigureCache). A table listed here names the organisations of
-- its changed rows with its own query (%1$s, aliased r, as in changed_organizations_query); a null
-- query means every organisation.
create table change_notice_topic (
    table_name name primary key,
    topic      text not null,
    query      text
);
insert into change_notice_topic (table_name, topic, query) values
('dues_payment', 'dues', 'select r.cell_id from %1$s r'),
('dues_remittance', 'dues', 'select r.organization_id from %1$s r'),
('wage_region', 'dues', 'select r.organization_id from %1$s r'),
('minimum_wage', 'dues', null),
-- a member's basis or relief counts in every cell they were ever in
('dues_basis', 'dues',
 'select c.cell_id from %1$s r join member_status_change c on c.member_id = r.member_id
  union all select m.cell_id from %1$s r left join member m on m.id = r.member_id'),
('dues_relief', 'dues',
 'select c.cell_id from %1$s r join member_status_change c on c.member_id = r.member_id
  union all select m.cell_id from %1$s r left join member m on m.id = r.member_id');
delete from change_notice_silent where table_name = 'dues_remittance';

create or replace function changed_organizations_query(t name) returns text language sql stable as $$
    select case
        when exists (select 1 from change_notice_silent s where s.table_name = t) then
            'select cast(null as bigint) where false'
        when exists (select 1 from change_notice_topic c where c.table_name = t) then
            (select c.query from change_notice_topic c where c.table_name = t)
        else changed_organizations_by_table(t)
    end
$$;

-- as in V31, the payload prefixed with the table's topic when it has one
create or replace function announce_change() returns trigger language plpgsql as $$
declare
    query text := changed_organizations_query(tg_table_name);
    topic text := (select c.topic from change_notice_topic c where c.table_name = tg_table_name);
    changed text := case tg_op when 'INSERT' then 'new_rows' when 'DELETE' then 'old_rows'
                    else '(select * from old_rows union all select * from new_rows)' end;
    ids bigint[];
    unknown boolean;
    payload text := '*';
begin
    if query is not null and tg_op <> 'TRUNCATE' then
        execute 'select array_agg(distinct o) filter (where o is not null), bool_or(o is null)'
                || ' from (' || format(query, changed) || ') found (o)'
            into ids, unknown;
        if not coalesce(unknown, false) then
            with recursive concerned (id) as (
                select unnest(ids)
                union
                select s.successor_id from organization_succession s
                join concerned c on s.predecessor_id = c.id
            )
            select coalesce(string_agg(id::text, ',' order by id), '') into payload
            from (select id from concerned
                  union
                  select a.ancestor_id from organization_ancestor a
                  join concerned c on a.organization_id = c.id) everyone;
            -- a notice holds under 8,000 bytes
            if length(payload) > 7000 then
                payload := '*';
            end if;
        end if;
    end if;
    perform pg_notify('dangbo_changes', case when topic is null then payload
                                             else topic || ':' || payload end);
    return null;
end;
$$;
