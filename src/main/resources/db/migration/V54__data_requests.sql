-- A member's requests about their personal data (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): to
-- delete it, or to restrict how it is processed. The request is recorded with the member's reason
-- and answered by the office: granted with what was done, or refused with the legal reason (party
-- records are kept under the Party's rules).
create table data_request (
    id          bigserial   primary key,
    member_id   bigint      not null references member (id),
    cell_id     bigint      not null references organization (id),
    kind        text        not null check (kind in ('DELETION', 'RESTRICTION')),
    reason      text        not null check (length(reason) between 1 and 1000),
    state       text        not null check (state in ('PENDING', 'GRANTED', 'REFUSED')),
    asked_by    text        not null,
    asked_at    timestamptz not null,
    answered_by text,
    answered_at timestamptz,
    answer      text        check (answer is null or length(answer) <= 1000),
    legal_basis text        check (legal_basis is null or length(legal_basis) <= 500),
    version     integer     not null default 0,
    check ((state = 'PENDING') = (answered_at is null)),
    check (state <> 'REFUSED' or legal_basis is not null)
);
create index data_request_member on data_request (member_id);
create index data_request_cell on data_request (cell_id, state);

select audit_table('data_request');

insert into change_notice_topic (table_name, topic, query) values
('data_request', 'records', 'select r.cell_id from %1$s r');
