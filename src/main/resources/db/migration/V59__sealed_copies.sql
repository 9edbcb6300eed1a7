-- The copies of sealed values are sealed too: the values of a member's correction proposal (the old
-- value and the one proposed) and the record of a duplicate kept when it was merged. Rows written
-- before this version are sealed by the next pass (protection_state.pass_needed), and so are the
-- audit trail's copies of them.

alter table correction_change
    add constraint correction_change_old_value_sealed check (old_value like 'enc:v1:%') not valid,
    add constraint correction_change_new_value_sealed check (new_value like 'enc:v1:%') not valid;

alter table member_merge add constraint member_merge_record_sealed check (
    coalesce(merged_record ->> 'citizen_id', 'enc:v1:') like 'enc:v1:%'
    and coalesce(merged_record ->> 'old_id_number', 'enc:v1:') like 'enc:v1:%'
    and coalesce(merged_record ->> 'phone', 'enc:v1:') like 'enc:v1:%'
    and coalesce(merged_record ->> 'residence', 'enc:v1:') like 'enc:v1:%') not valid;

-- as in V58, with the keys of these copies
create or replace function audit_reseal(ids bigint[], befores jsonb[], afters jsonb[]) returns integer
language plpgsql as $$
declare
    changed integer;
begin
    perform set_config('dangbo.audit.forgetting', 'on', true);
    update audit_log a set before = a.before || coalesce(v.b, '{}'),
                           after = a.after || coalesce(v.f, '{}')
    from unnest(ids, befores, afters) as v (id, b, f)
    where a.id = v.id
      and (select bool_and(k in ('citizen_id', 'old_id_number', 'phone', 'residence', 'note',
                                 'old_value', 'new_value', 'merged_record'))
           from jsonb_object_keys(coalesce(v.b, '{}') || coalesce(v.f, '{}')) k) is not false;
    get diagnostics changed = row_count;
    perform set_config('dangbo.audit.forgetting', 'off', true);
    return changed;
end;
$$;

update protection_state set pass_needed = true;
