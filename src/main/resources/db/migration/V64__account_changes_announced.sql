-- The app keeps a signed-in user's account between pages (CurrentUserResolver) until an account
-- changes. Changes of accounts are announced on "dangbo_changes" under the topic "accounts"
-- ("accounts:*", V48), which voids only what is kept under that topic: accounts feed no figure.
delete from change_notice_silent where table_name = 'user_account';
insert into change_notice_topic (table_name, topic, query) values ('user_account', 'accounts', null);
