-- Notifications (thông báo): what falls due for whom, in one outbox. A daily job writes, per
-- account, one notification per item due in the account's own units (each item once); the bell and
-- the list show them. Users choose per kind whether they want it and by which channel (defaults per
-- role, set by an office for its organisation); a digest per user, day and channel (email, SMS/Zalo) is a delivery the
-- sender works off, once per channel, with retries. Contacts (email, phone) are kept here, apart
-- from the account.

-- the scheduler's table (db-scheduler): the recurring jobs, picked by one instance at a time
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority on scheduled_tasks (priority desc, execution_time asc);

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('notify.steps.workingDays', '2000-01-01', '5',
 'Nhắc của dangbo: thông báo các bước phát triển đảng viên, giấy chứng nhận, hết dự bị đến hạn trong số ngày làm việc này (không phải quy định của Đảng)',
 false),
('notify.badges.workingDays', '2000-01-01', '20',
 'Nhắc của dangbo: thông báo đảng viên đến mốc huy hiệu Đảng trong số ngày làm việc này (không phải quy định của Đảng)',
 false),
('notify.meetings.dayOfMonth', '2000-01-01', '25',
 'Nhắc của dangbo: từ ngày này trong tháng, chi bộ chưa họp thường kỳ tháng đó được nhắc (chi bộ sinh hoạt thường kỳ mỗi tháng một lần, HD 12-HD/BTCTW 06/7/2018; ngày nhắc không phải quy định của Đảng)',
 false);

create table notification (
    id              bigserial   primary key,
    account_id      bigint      not null references user_account (id),
    kind            text        not null,
    item_key        text        not null,
    what            text        not null,
    argument        text,
    about           text        not null,
    due_on          date,
    overdue         boolean     not null,
    link            text,
    created_on      date        not null,
    created_at      timestamptz not null default now(),
    read_at         timestamptz,
    unique (account_id, kind, item_key, overdue)
);
create index notification_unread on notification (account_id) where read_at is null;
create index notification_created on notification (account_id, created_on);

create table notification_preference (
    account_id bigint  not null references user_account (id),
    kind       text    not null,
    in_app     boolean not null,
    email      boolean not null,
    sms        boolean not null,
    primary key (account_id, kind)
);

-- an office's defaults for the accounts of a role in its organisation and below; the nearest
-- organisation up an account's anchor that has one decides
create table notification_default (
    organization_id bigint  not null references organization (id),
    role            text    not null,
    kind            text    not null,
    in_app          boolean not null,
    email           boolean not null,
    sms             boolean not null,
    primary key (organization_id, role, kind)
);

create table notification_contact (
    account_id bigint primary key references user_account (id),
    email      text   check (email is null or email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    phone      text   check (phone is null or phone ~ '^(0|\+84)[0-9]{9,10}$')
);

create table notification_delivery (
    id              bigserial   primary key,
    account_id      bigint      not null references user_account (id),
    channel         text        not null check (channel in ('EMAIL', 'SMS')),
    digest_day      date        not null,
    state           text        not null check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    claimed_at      timestamptz,
    sent_at         timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    unique (account_id, channel, digest_day)
);
create index notification_delivery_pending on notification_delivery (next_attempt_at) where state = 'PENDING';

select audit_table('notification_preference');
select audit_table('notification_default');
select audit_table('notification_contact');

-- none of these concern an organisation's figures
insert into change_notice_silent (table_name, reason) values
('scheduled_tasks', 'the scheduler''s own bookkeeping'),
('notification', 'what each account is told: written daily, read by its owner'),
('notification_preference', 'an account''s choices'),
('notification_default', 'defaults per role'),
('notification_contact', 'an account''s email and phone'),
('notification_delivery', 'the outbox');
