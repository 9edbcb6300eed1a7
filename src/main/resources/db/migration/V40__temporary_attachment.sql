-- How long a member may be attached to another organisation for a while (sinh hoạt đảng tạm
-- thời): from 3 months (a change of residence or workplace, or full-time study in the country) to
-- under a year, or 2 years for study; the longest allowed is the study case.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('temporaryAttachment.minMonths', '1930-02-03', '3',
 'Quy định 29-QĐ/TW (2016), Quy định 24-QĐ/TW (2021): sinh hoạt đảng tạm thời khi thay đổi nơi cư trú, nơi làm việc, đi học tập trung trong nước từ 3 tháng trở lên (mục chưa đối chiếu; Quy định 294-QĐ/TW chưa đối chiếu)', true),
('temporaryAttachment.maxMonths', '1930-02-03', '24',
 'Quy định 29-QĐ/TW (2016), Quy định 24-QĐ/TW (2021): sinh hoạt tạm thời dưới 1 năm khi thay đổi nơi cư trú, nơi làm việc; đến 2 năm khi đi học tập trung trong nước (mục chưa đối chiếu; Quy định 294-QĐ/TW chưa đối chiếu)', true);
