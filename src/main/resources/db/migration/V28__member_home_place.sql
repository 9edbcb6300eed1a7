-- Which places have members living there on a day is asked place by place (the coverage series of
-- a dashboard): a place's members are found by this index, and the first one counted answers.
-- Partial: only members with a home place are ever looked up by it.
create index member_home_place on member (home_place_id) where home_place_id is not null;
