-- A set of cells' members today, for their figures (MemberStatistics.overview: status, sex, age,
-- ethnic group, general education, home place), read from the index alone: a province's hundred
-- thousand members without visiting the table's wide rows. Replaces the index on (cell_id, status)
-- with the same keys and those columns beside them.
drop index member_cell_status;
create index member_cell_status on member (cell_id, status)
  include (sex, birth_date, ethnicity_code, general_education, home_place_id);
