-- Every committed change is still announced on "dangbo_changes" (V29), now with the organisations
-- it concerns: the cells and organisations of the changed rows, everything above them in the tree
-- at any time (organization_ancestor) and, for dissolved or merged ones, their successors and what
-- is above those. A province's dashboard is then kept while other provinces change. The payload is
-- the ids separated by commas; '*' when the change may concern any organisation (a table whose rows
-- name none, such as the rules or the tree itself, a row whose organisation cannot be found, a
-- truncate, or more ids than a notice holds); empty when the statement changed no row, or changed
-- accounts, which feed no figure.

-- For each table: a query over its changed rows (%1$s, aliased r) giving the organisations they
-- concern in the column o; a null o means "not known". Null for tables whose rows name none. A
-- member's or a candidate's own facts (sex, birth date, ethnic group) count in every cell they were
-- ever in, on the days they were there: those cells are concerned too. Accounts feed no figure (a
-- wrong password is counted on the account): their changes name no organisation.
create function changed_organizations_query(t name) returns text language sql immutable as $$
    select case
        when t in ('user_account', 'account_second_factor') then
            'select cast(null as bigint) where false'
        -- the cell or the organisation is a column of the row
        when t in ('member_status_change', 'candidate_step', 'admission_quota', 'cell_assignment') then
            'select r.cell_id from %1$s r'
        when t in ('meeting', 'evaluation_cycle', 'approval_chain', 'approval_step',
                   'document_template') then
            'select r.organization_id from %1$s r'
        when t = 'course_session' then 'select r.organizer_id from %1$s r'
        when t = 'committee_member' then 'select r.committee_id from %1$s r'
        when t = 'place' then 'select r.commune_id from %1$s r'
        -- found through the meeting, the candidate, the step or the evaluation the row belongs to
        when t in ('meeting_attendance', 'meeting_addendum', 'meeting_document', 'meeting_guest',
                   'meeting_resolution') then
            'select m.organization_id from %1$s r left join meeting m on m.id = r.meeting_id'
        when t = 'course_enrolment' then
            'select c.cell_id from %1$s r left join candidate c on c.id = r.candidate_id'
        when t = 'candidate_introducer' then
            'select s.cell_id from %1$s r left join candidate_step s on s.id = r.step_id'
        when t = 'evaluation_step' then
            'select e.cell_id from %1$s r left join evaluation e on e.id = r.evaluation_id'
        when t = 'recognition_step' then
            'select m.cell_id from %1$s r left join member m on m.id = r.member_id'
        when t = 'member_merge' then
            'select m.cell_id from %1$s r left join member m on m.id in (r.kept_id, r.merged_id)'
        -- more than one
        when t = 'member' then
            'select r.cell_id from %1$s r
             union all
             select c.cell_id from %1$s r join member_status_change c on c.member_id = r.id'
        when t = 'candidate' then
            'select r.cell_id from %1$s r
             union all
             select s.cell_id from %1$s r join candidate_step s on s.candidate_id = r.id'
        when t = 'evaluation' then
            'select r.cell_id from %1$s r
             union all select r.organization_id from %1$s r where r.organization_id is not null'
        when t = 'place_service' then
            'select r.cell_id from %1$s r
             union all select p.commune_id from %1$s r left join place p on p.id = r.place_id'
        when t = 'mentor_observation' then
            'select c.cell_id from %1$s r left join candidate c on c.id = r.candidate_id
             where r.candidate_id is not null
             union all
             select m.cell_id from %1$s r left join member m on m.id = r.member_id
             where r.member_id is not null'
        when t = 'reward' then
            'select r.organization_id from %1$s r where r.organization_id is not null
             union all
             select m.cell_id from %1$s r left join member m on m.id = r.member_id
             where r.member_id is not null'
    end
$$;

create or replace function announce_change() returns trigger language plpgsql as $$
declare
    query text := changed_organizations_query(tg_table_name);
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
    perform pg_notify('dangbo_changes', payload);
    return null;
end;
$$;

-- one trigger per kind of statement: only those may name the changed rows
create or replace function announce_changes_of(t regclass) returns void language plpgsql as $$
begin
    execute format('drop trigger if exists announce_change on %s', t);
    execute format('create trigger announce_insert after insert on %s referencing new table as'
                   ' new_rows for each statement execute function announce_change()', t);
    execute format('create trigger announce_update after update on %s referencing old table as'
                   ' old_rows new table as new_rows for each statement execute function'
                   ' announce_change()', t);
    execute format('create trigger announce_delete after delete on %s referencing old table as'
                   ' old_rows for each statement execute function announce_change()', t);
    execute format('create trigger announce_truncate after truncate on %s'
                   ' for each statement execute function announce_change()', t);
end;
$$;

select announce_changes_of(c.oid)
from pg_class c join pg_namespace s on s.oid = c.relnamespace
where s.nspname = current_schema() and c.relkind = 'r'
  and exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'announce_change');
