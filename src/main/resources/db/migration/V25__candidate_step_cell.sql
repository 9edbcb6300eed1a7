-- The candidates of some cells, through their steps (the pipeline of a dashboard on a day): without
-- this index every step of every candidate was read (found by QueryPlanTests).
create index candidate_step_cell on candidate_step (cell_id, candidate_id);
