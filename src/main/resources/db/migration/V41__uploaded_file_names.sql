-- An uploaded file keeps the name shown (safe: no path, no control or invisible characters) in
-- file_name, and the name exactly as the browser sent it here, as data only.
alter table meeting_document add column original_name varchar(1000);
alter table document_template add column original_name varchar(1000);
