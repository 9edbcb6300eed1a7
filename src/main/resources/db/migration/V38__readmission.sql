-- A candidate who was a member before (kết nạp lại): when and how they left the Party, when a
-- criminal record was cleared, how many times they were re-admitted already, and the provincial
-- standing committee's written consent. Null when the candidate was never a member.
alter table candidate
    add column former_left_on          date,
    add column former_exit_reason      varchar(40) check (former_exit_reason in (
        'REMOVED', 'EXPELLED', 'QUIT_ACTIVITIES', 'ASKED_TO_LEAVE', 'ASKED_TO_LEAVE_HARDSHIP',
        'DISUNITY', 'CORRUPTION_CONVICTED', 'SERIOUS_CRIME_CONVICTED',
        'LESS_SERIOUS_CRIME_CONVICTED')),
    add column former_record_cleared_on date,
    add column former_times_readmitted smallint check (former_times_readmitted >= 0),
    add column readmission_consent     varchar(60),
    add constraint candidate_former_complete check (
        (former_left_on is null) = (former_exit_reason is null));

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('readmission.barredReasons', '2025-07-01',
 'QUIT_ACTIVITIES,ASKED_TO_LEAVE,DISUNITY,CORRUPTION_CONVICTED,SERIOUS_CRIME_CONVICTED',
 'Quy định 294-QĐ/TW, mục 3.5 (hiệu lực từ 01/7/2025): không xét kết nạp lại người tự ý bỏ sinh hoạt đảng, xin ra khỏi Đảng (trừ hoàn cảnh gia đình đặc biệt khó khăn), gây mất đoàn kết nội bộ nghiêm trọng, bị án về tội tham nhũng, bị án về tội nghiêm trọng trở lên', false);
