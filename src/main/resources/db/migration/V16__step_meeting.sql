-- A cell's resolution on a candidate (the sympathiser list, the admission vote) taken at a
-- meeting: the step points at the meeting, whose minutes list the resolution, so it is typed once.
alter table candidate_step add column meeting_id bigint references meeting (id);
