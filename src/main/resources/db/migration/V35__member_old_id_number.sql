-- The old 9-digit identity card number (chứng minh nhân dân, CMND) of a member whose record still
-- has one: kept in its own column, never in citizen_id, which holds only 12-digit numbers.
alter table member add column old_id_number varchar(9) check (old_id_number ~ '^[0-9]{9}$');
