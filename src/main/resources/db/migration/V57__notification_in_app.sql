-- A notification of a kind the account wants by email or text but not in the app is still written
-- (the day's digest counts it) but kept off the bell and the list.
alter table notification add column in_app boolean not null default true;
drop index notification_unread;
create index notification_unread on notification (account_id) where read_at is null and in_app;
