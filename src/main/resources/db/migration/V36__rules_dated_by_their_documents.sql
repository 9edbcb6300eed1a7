-- Every rule value is dated by the document it comes from. The built-in values of V4, V10 and V18
-- were all dated from 1930 whatever text they cited; here each gets the day of its document:
-- Quy định 29-QĐ/TW (25/7/2016) and earlier texts as the first value, Quy định 24-QĐ/TW
-- (30/7/2021), Quy định 232-QĐ/TW (20/01/2025), Quy định 294-QĐ/TW (26/5/2025, in force 01/7/2025)
-- and Quy định 366-QĐ/TW (30/8/2025). Rows an office entered are left as they are.

-- 1. The admission rules of the texts implementing the Charter, by text.
update rule_value set
    legal_basis = case rule_key
        when 'admission.age.min.months' then 'Điều lệ Đảng, Điều 1; Quy định 29-QĐ/TW (2016) và các quy định thi hành Điều lệ trước đó: đủ 18 tuổi, tính theo tháng, khi chi bộ xét kết nạp'
        when 'admission.age.max.months' then 'Quy định 29-QĐ/TW (2016) và các quy định thi hành Điều lệ trước đó: đến đủ 60 tuổi; trên 60 tuổi phải được tỉnh ủy đồng ý bằng văn bản'
        when 'admission.decision.workingDays' then 'Quy định 29-QĐ/TW (2016), mục 4 và các quy định thi hành Điều lệ trước đó: quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết'
        when 'admission.ceremony.workingDays' then 'Quy định 29-QĐ/TW (2016), mục 4.1 và các quy định thi hành Điều lệ trước đó: lễ kết nạp trong 30 ngày làm việc kể từ ngày nhận quyết định'
        when 'recognition.consider.workingDays' then 'Quy định 29-QĐ/TW (2016) và các quy định thi hành Điều lệ trước đó: xét công nhận chính thức trong 30 ngày làm việc sau khi hết 12 tháng dự bị'
        when 'committee.vote.share' then 'Quy định 29-QĐ/TW (2016), mục 4.2.3 và các quy định thi hành Điều lệ trước đó: ít nhất hai phần ba cấp ủy viên đồng ý'
        when 'introducer.known.months' then 'Quy định 29-QĐ/TW (2016), mục 3.2.1 và các quy định thi hành Điều lệ trước đó: cùng công tác, học tập ít nhất 12 tháng'
    end,
    unconfirmed = true
where entered_by = 'system' and effective_from = '1930-02-03'
  and rule_key in ('admission.age.min.months', 'admission.age.max.months',
                   'admission.decision.workingDays', 'admission.ceremony.workingDays',
                   'recognition.consider.workingDays', 'committee.vote.share',
                   'introducer.known.months');

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed)
select r.key, d.day::date, r.value, replace(d.basis, '{}', r.what), d.unconfirmed
from (values
    ('admission.age.min.months', '216', 'đủ 18 tuổi, tính theo tháng, tại thời điểm chi bộ xét kết nạp'),
    ('admission.age.max.months', '720', 'đến đủ 60 tuổi; trên 60 tuổi phải được ban thường vụ tỉnh ủy đồng ý bằng văn bản'),
    ('admission.decision.workingDays', '60', 'cấp ủy có thẩm quyền quyết định kết nạp trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết'),
    ('admission.ceremony.workingDays', '30', 'chi bộ tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày nhận quyết định'),
    ('recognition.consider.workingDays', '30', 'trong 30 ngày làm việc sau khi hết 12 tháng dự bị, chi bộ xét công nhận chính thức'),
    ('committee.vote.share', '2/3', 'ít nhất hai phần ba cấp ủy viên đồng ý'),
    ('introducer.known.months', '12', 'người giới thiệu là đảng viên chính thức, cùng công tác, học tập hoặc cùng nơi cư trú với người vào Đảng ít nhất 12 tháng')
) as r (key, value, what)
cross join (values
    ('2021-07-30', 'Quy định 24-QĐ/TW ngày 30/7/2021 thi hành Điều lệ Đảng: {}', false),
    ('2025-01-20', 'Quy định 232-QĐ/TW ngày 20/01/2025 thi hành Điều lệ Đảng (thay Quy định 24): {}', false),
    ('2025-07-01', 'Quy định 294-QĐ/TW ngày 26/5/2025, hiệu lực từ 01/7/2025 (thay Quy định 232): {} (giữ giá trị cũ; chưa đối chiếu nguyên văn)', true)
) as d (day, basis, unconfirmed)
on conflict do nothing;

-- 2. The limit of three votes applies to the recognition of a probationary member, as its text
-- says (Quy định 24-QĐ/TW, mục 4.2), not to admission: a key of its own, and the admission key goes.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('recognition.vote.maxRounds', '1930-02-03', '3',
 'Quy định 29-QĐ/TW (2016) và các quy định thi hành Điều lệ trước đó: tổ chức đảng cấp dưới biểu quyết ba lần không đủ hai phần ba công nhận chính thức hoặc xóa tên thì báo cáo cấp trên trực tiếp quyết định', true),
('recognition.vote.maxRounds', '2021-07-30', '3',
 'Quy định 24-QĐ/TW ngày 30/7/2021, mục 4.2: biểu quyết ba lần không đủ hai phần ba số đảng viên chính thức hoặc cấp ủy viên tán thành công nhận chính thức hoặc xóa tên thì báo cáo cấp ủy cấp trên trực tiếp xem xét, quyết định', false),
('recognition.vote.maxRounds', '2025-07-01', '3',
 'Quy định 294-QĐ/TW, hiệu lực từ 01/7/2025: giữ quy định biểu quyết ba lần (chưa đối chiếu nguyên văn)', true);
delete from rule_value where rule_key = 'admission.vote.maxRounds' and entered_by = 'system';

-- 3. The decision on official recognition, and the extension of both decisions.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('recognition.decision.workingDays', '1930-02-03', '30',
 'Quy định 29-QĐ/TW (2016), mục 4 và các quy định thi hành Điều lệ trước đó: cấp ủy có thẩm quyền quyết định công nhận chính thức trong 30 ngày làm việc kể từ ngày chi bộ có nghị quyết', true),
('recognition.decision.workingDays', '2021-07-30', '30',
 'Quy định 24-QĐ/TW ngày 30/7/2021, mục 4.3: quyết định công nhận đảng viên chính thức trong 30 ngày làm việc kể từ ngày chi bộ có nghị quyết', false),
('recognition.decision.workingDays', '2025-01-20', '30',
 'Quy định 232-QĐ/TW ngày 20/01/2025, mục 4.3.1: quyết định công nhận đảng viên chính thức trong 30 ngày làm việc kể từ ngày chi bộ có nghị quyết', false),
('recognition.decision.workingDays', '2025-07-01', '30',
 'Quy định 294-QĐ/TW, hiệu lực từ 01/7/2025: giữ thời hạn 30 ngày làm việc (chưa đối chiếu nguyên văn)', true),
('decision.extension.workingDays', '1930-02-03', '30',
 'Quy định 29-QĐ/TW (2016), mục 4 và các quy định thi hành Điều lệ trước đó: trường hợp đặc biệt được kéo dài thời hạn xem xét, quyết định nhưng không quá 30 ngày làm việc', true),
('decision.extension.workingDays', '2021-07-30', '30',
 'Quy định 24-QĐ/TW ngày 30/7/2021, mục 4.3: trường hợp đặc biệt được kéo dài thời hạn quyết định kết nạp, công nhận chính thức không quá 30 ngày làm việc', false),
('decision.extension.workingDays', '2025-01-20', '30',
 'Quy định 232-QĐ/TW ngày 20/01/2025, mục 4.3: kéo dài thời hạn quyết định không quá 30 ngày làm việc trong trường hợp đặc biệt', false),
('decision.extension.workingDays', '2025-07-01', '30',
 'Quy định 294-QĐ/TW, hiệu lực từ 01/7/2025: giữ thời hạn kéo dài 30 ngày làm việc (chưa đối chiếu nguyên văn)', true);

-- 4. Re-admission (kết nạp lại), Quy định 294-QĐ/TW, mục 3.5.
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('readmission.monthsOut', '2025-07-01', '36',
 'Quy định 294-QĐ/TW, mục 3.5 (hiệu lực từ 01/7/2025): ra khỏi Đảng ít nhất 36 tháng mới được xét kết nạp lại', false),
('readmission.monthsAfterRecordCleared', '2025-07-01', '60',
 'Quy định 294-QĐ/TW, mục 3.5 (hiệu lực từ 01/7/2025): người bị án hình sự về tội ít nghiêm trọng phải sau 60 tháng kể từ khi được xóa án tích', false),
('readmission.maxTimes', '2025-07-01', '1',
 'Quy định 294-QĐ/TW, mục 3.5 (hiệu lực từ 01/7/2025): chỉ xem xét kết nạp lại một lần', false);

-- 5. The values of Quy định 366-QĐ/TW are in force from its day, 30/8/2025, not before: before it
-- grades were chosen by criteria, without points (evaluation.points.scale = 0).
delete from rule_value
where entered_by = 'system' and effective_from = '1930-02-03'
  and rule_key in ('evaluation.points.generalMax', 'evaluation.grade.minPoints',
                   'evaluation.excellent.minExceedingPercent', 'evaluation.collective.maxLatePercent');
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('evaluation.points.generalMax', '2025-08-30', '30',
 'Quy định 366-QĐ/TW ngày 30/8/2025: nhóm tiêu chí chung tối đa 30 điểm, kết quả thực hiện nhiệm vụ 70 điểm', false),
('evaluation.grade.minPoints', '2025-08-30', '90,70,50',
 'Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11: hoàn thành xuất sắc từ 90 điểm, hoàn thành tốt từ 70 điểm, hoàn thành từ 50 điểm', false),
('evaluation.excellent.minExceedingPercent', '2025-08-30', '30',
 'Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11: hoàn thành xuất sắc cần 100% nhiệm vụ đúng tiến độ, có chất lượng, ít nhất 30% vượt yêu cầu', false),
('evaluation.collective.maxLatePercent', '2025-08-30', '20',
 'Quy định 366-QĐ/TW ngày 30/8/2025, Điều 11: tập thể hoàn thành nhiệm vụ khi không quá 20% nhiệm vụ chậm tiến độ', false)
on conflict do nothing;
