-- People who left the pipeline without admission are anonymised once the retention rule's months
-- have passed (privacy.leftCandidate.retentionMonths): their identifying data goes, what the counts
-- need stays (cell, stage and its day, the steps' days and kinds, sex, ethnicity, education, the
-- groups, the year of birth). The day it was done is kept.
alter table candidate add column anonymised_on date;
create index candidate_left on candidate (stage_since) where stage = 'LEFT' and anonymised_on is null;

-- The audit trail keeps the rows as they were; for an anonymised person their identifying values
-- are taken out of the trail too. The trail stays append-only for everything else: an update is
-- let through only inside audit_forget_candidates, and only to before and after.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('dangbo.audit.forgetting', true) = 'on'
       and new.id = old.id and new.at = old.at and new.actor = old.actor
       and new.on_behalf_of is not distinct from old.on_behalf_of
       and new.address is not distinct from old.address and new.action = old.action
       and new.record_type is not distinct from old.record_type
       and new.record_id is not distinct from old.record_id
       and new.detail is not distinct from old.detail then
        return new;
    end if;
    raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end;
$$;

-- Takes the keys out of the trail's rows about the candidates: their own rows and those of their
-- steps, observations, course enrolments and notices. Answers how many rows were changed.
create function audit_forget_candidates(candidates bigint[], keys text[]) returns integer
language plpgsql as $$
declare
    changed integer;
begin
    perform set_config('dangbo.audit.forgetting', 'on', true);
    update audit_log a set before = a.before - keys, after = a.after - keys
    where (a.record_type = 'candidate'
           and a.record_id = any (select c::text from unnest(candidates) c))
       or (a.record_type in ('candidate_step', 'mentor_observation', 'course_enrolment',
                             'candidate_privacy_notice')
           and (coalesce(a.before, a.after) ->> 'candidate_id')::bigint = any (candidates));
    get diagnostics changed = row_count;
    perform set_config('dangbo.audit.forgetting', 'off', true);
    return changed;
end;
$$;
