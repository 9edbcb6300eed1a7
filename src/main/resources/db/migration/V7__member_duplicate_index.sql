-- Duplicate detection looks a person up by the accent-free key of their full name and their date
-- of birth; this index keeps that lookup from scanning the whole table at every row of an import.
create index member_name_key_birth on member (split_part(search_key, ' | ', 1), birth_date);
