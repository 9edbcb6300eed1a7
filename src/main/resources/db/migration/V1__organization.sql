-- Organisation tree with history. A node exists from valid_from (inclusive) to valid_to
-- (exclusive, null = still exists). Its name and parent change over time: each change closes
-- one organization_version row and opens the next, so the tree on any date can be read back.

create table reorganization (
    id              bigint generated always as identity primary key,
    kind            varchar(20)   not null check (kind in ('CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE')),
    effective_on    date          not null,
    decision_number varchar(60),
    decision_date   date,
    decision_issuer varchar(200),
    note            varchar(1000),
    performed_by    varchar(100)  not null,
    performed_at    timestamptz   not null default now()
);

create table organization (
    id                   bigint generated always as identity primary key,
    code                 varchar(40)  unique,
    kind                 varchar(20)  not null check (kind in ('COMMITTEE', 'PARTIAL_COMMITTEE', 'CELL')),
    administrative_level varchar(20)  check (administrative_level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    grassroots           boolean      not null default false,
    cell_type            varchar(40)  check (cell_type in ('VILLAGE', 'SCHOOL', 'HEALTH_STATION',
                             'AGRICULTURAL_EXTENSION_STATION', 'AGENCY', 'ENTERPRISE', 'ARMED_FORCES', 'OTHER')),
    valid_from           date         not null,
    valid_to             date,
    version              integer      not null default 0,
    constraint cell_has_type check ((kind = 'CELL') = (cell_type is not null)),
    constraint level_only_for_committees check (administrative_level is null or kind = 'COMMITTEE'),
    constraint organization_period check (valid_to is null or valid_to > valid_from)
);

create table organization_version (
    organization_id   bigint       not null references organization (id),
    valid_from        date         not null,
    valid_to          date,
    name              varchar(200) not null check (length(trim(name)) > 0),
    parent_id         bigint       references organization (id),
    reorganization_id bigint       references reorganization (id),
    primary key (organization_id, valid_from),
    constraint version_period check (valid_to is null or valid_to > valid_from),
    constraint not_own_parent check (parent_id is null or parent_id <> organization_id)
);
create index organization_version_parent on organization_version (parent_id);

create table organization_succession (
    predecessor_id    bigint not null references organization (id),
    successor_id      bigint not null references organization (id),
    reorganization_id bigint not null references reorganization (id),
    primary key (predecessor_id, successor_id)
);
create index organization_succession_successor on organization_succession (successor_id);

-- Who acts on an admission after the cell's own resolution, for a node and its whole subtree.
-- The nearest ancestor (on the date of the case) with a chain in force decides.
create table approval_chain (
    id              bigint generated always as identity primary key,
    organization_id bigint        not null references organization (id),
    valid_from      date          not null,
    valid_to        date,
    legal_basis     varchar(300)  not null,
    version         integer       not null default 0,
    constraint chain_period check (valid_to is null or valid_to > valid_from)
);
create index approval_chain_organization on approval_chain (organization_id);

create table approval_step (
    approval_chain_id bigint      not null references approval_chain (id) on delete cascade,
    position          integer     not null,
    action            varchar(20) not null check (action in ('APPRAISAL', 'RESOLUTION', 'DECISION')),
    organization_id   bigint      not null references organization (id),
    primary key (approval_chain_id, position)
);

-- Villages (bản), schools, stations and agencies of a commune. A place belongs to the commune
-- committee that existed when it was recorded; a successor commune inherits its predecessors' places.
create table place (
    id         bigint generated always as identity primary key,
    commune_id bigint       not null references organization (id),
    name       varchar(200) not null check (length(trim(name)) > 0),
    kind       varchar(40)  not null check (kind in ('VILLAGE', 'SCHOOL', 'HEALTH_STATION',
                   'AGRICULTURAL_EXTENSION_STATION', 'AGENCY', 'OTHER')),
    valid_from date         not null,
    valid_to   date,
    version    integer      not null default 0,
    constraint place_period check (valid_to is null or valid_to > valid_from)
);
create index place_commune on place (commune_id);

-- Which cell serves a place, over time.
create table place_service (
    place_id   bigint not null references place (id),
    cell_id    bigint not null references organization (id),
    valid_from date   not null,
    valid_to   date,
    primary key (place_id, valid_from),
    constraint service_period check (valid_to is null or valid_to > valid_from)
);
create index place_service_cell on place_service (cell_id);

-- Members of a committee (cấp ủy viên) and the cells each is in charge of (phụ trách).
create table committee_member (
    id           bigint generated always as identity primary key,
    committee_id bigint       not null references organization (id),
    full_name    varchar(200) not null check (length(trim(full_name)) > 0),
    position     varchar(30)  not null check (position in ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'MEMBER')),
    valid_from   date         not null,
    valid_to     date,
    version      integer      not null default 0,
    constraint committee_member_period check (valid_to is null or valid_to > valid_from)
);
create index committee_member_committee on committee_member (committee_id);

create table cell_assignment (
    id                  bigint generated always as identity primary key,
    committee_member_id bigint not null references committee_member (id),
    cell_id             bigint not null references organization (id),
    valid_from          date   not null,
    valid_to            date,
    constraint assignment_period check (valid_to is null or valid_to > valid_from)
);
create index cell_assignment_member on cell_assignment (committee_member_id);
create index cell_assignment_cell on cell_assignment (cell_id);
