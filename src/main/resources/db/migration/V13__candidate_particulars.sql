-- More of a candidate's particulars, so that admission opens the member's record without typing
-- them again.
alter table candidate add column birth_place varchar(200);
alter table candidate add column home_town varchar(200);
alter table candidate add column religion varchar(60);
alter table candidate add column phone varchar(20) check (phone is null or phone ~ '^[0-9]{8,20}$');
