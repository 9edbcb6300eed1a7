-- Re-admission needs the provincial standing committee's written consent before the competent
-- committee decides (1 = required).
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('readmission.provincialConsent', '2025-07-01', '1',
 'Quy định 294-QĐ/TW, mục 3.5 (hiệu lực từ 01/7/2025): kết nạp lại phải được ban thường vụ tỉnh ủy đồng ý bằng văn bản trước khi cấp có thẩm quyền quyết định', false);

-- the barred ways of leaving read as a list, wrapped on a narrow screen like any other text
update rule_value
set value = 'QUIT_ACTIVITIES, ASKED_TO_LEAVE, DISUNITY, CORRUPTION_CONVICTED, SERIOUS_CRIME_CONVICTED'
where rule_key = 'readmission.barredReasons' and effective_from = '2025-07-01' and entered_by = 'system';
