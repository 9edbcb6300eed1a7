create table user_account (
    id                  bigint generated always as identity primary key,
    username            varchar(60)  not null unique check (username = lower(username) and length(username) >= 3),
    display_name        varchar(200) not null check (length(trim(display_name)) > 0),
    password_hash       varchar(200) not null,
    role                varchar(30)  not null check (role in ('ADMINISTRATOR', 'COMMITTEE_OFFICE',
                            'COMMITTEE_MEMBER_IN_CHARGE', 'CELL_SECRETARY', 'MEMBER', 'SUPERIOR_VIEWER')),
    organization_id     bigint       references organization (id),
    committee_member_id bigint       references committee_member (id),
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    version             integer      not null default 0,
    constraint scope_anchor check (
        (role = 'ADMINISTRATOR' and organization_id is null and committee_member_id is null)
        or (role = 'COMMITTEE_MEMBER_IN_CHARGE' and committee_member_id is not null)
        or (role in ('COMMITTEE_OFFICE', 'CELL_SECRETARY', 'MEMBER', 'SUPERIOR_VIEWER') and organization_id is not null))
);
