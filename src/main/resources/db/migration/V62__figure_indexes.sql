-- Two indexes for the development figures of a period (the funnel of a dashboard asked for anew).
-- The steps of some cells between two days, read from the index alone: a province's year is some
-- fifteen thousand of its forty thousand steps, which were read whole through candidate_step_cell
-- and filtered by day.
create index candidate_step_cell_day on candidate_step (cell_id, on_date)
    include (kind, candidate_id, passed);

-- The admitted people of some cells (those with a member record), for the members among them who
-- became official in the period: a province's two thousand of its nine thousand candidates.
create index candidate_cell_member on candidate (cell_id) include (member_id)
    where member_id is not null;
