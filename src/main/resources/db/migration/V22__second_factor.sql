-- The optional second factor (TOTP, RFC 6238) of administrators and committee offices. The key is
-- kept apart from the account so the account's record and audit lines never carry it (the audit
-- triggers leave out any column named totp_secret).
create table account_second_factor (
    account_id   bigint primary key references user_account (id) on delete cascade,
    totp_secret  bytea       not null check (length(totp_secret) = 20),
    confirmed_at timestamptz,
    -- the last 30-second step whose code signed in on a page: a code is used once there
    last_step    bigint,
    created_at   timestamptz not null default now()
);

select audit_table('account_second_factor');

-- "password right, code awaited": the first of the two sign-in steps of such an account
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('INSERT', 'UPDATE',
    'DELETE', 'SIGN_IN', 'SIGN_IN_PASSWORD', 'SIGN_IN_FAILED', 'EXPORT', 'VIEW'));
