-- People who are not members are told what dangbo keeps about them (Luật Bảo vệ dữ liệu cá nhân
-- 91/2025/QH15): the cell prints a notice from the person's record and records the day it was
-- given. A person may be told again (a new notice after their data changed): each day is kept.
create table candidate_privacy_notice (
    id           bigint generated always as identity primary key,
    candidate_id bigint      not null references candidate (id),
    noticed_on   date        not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null default now()
);
create index candidate_privacy_notice_candidate on candidate_privacy_notice (candidate_id, noticed_on);

select audit_table('candidate_privacy_notice');

insert into change_notice_silent (table_name, reason) values
('candidate_privacy_notice', 'the day a person was told about their data feeds no figure');

-- How long the identifying data of a person who left the pipeline without admission is kept; the
-- counts stay. No Party rule or law gives the figure: dangbo's choice, marked unconfirmed.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('privacy.leftCandidate.retentionMonths', '2026-01-01', '24',
 'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15 (hiệu lực 01/01/2026): dữ liệu cá nhân chỉ lưu trong thời gian cần cho mục đích xử lý. Hai năm sau khi dừng bồi dưỡng (hai lần giao chỉ tiêu kết nạp hằng năm, trong đó chi bộ có thể xem xét lại người này) là lựa chọn của dangbo, chưa có văn bản của Đảng quy định',
 true);
