-- The working-day calendar as the Government announces it: public holidays of the Labour Code, days
-- off announced by a notice (Tết ranges, a weekday swapped for a Saturday) and the Saturdays then
-- worked. Each entry carries its own legal basis. Entries are versions: a change of a day adds a
-- version, the newest version of a day is in force, and ORDINARY makes the day an ordinary one again.
-- A HOLIDAY on a weekend gives the next working day off (Bộ luật Lao động 2019, Điều 112, khoản 3);
-- that day is computed, not stored.
create table calendar_day (
    day         date         not null,
    version     integer      not null check (version > 0),
    kind        varchar(10)  not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKED', 'ORDINARY')),
    name        varchar(120) not null check (length(trim(name)) > 0),
    legal_basis varchar(300) not null check (length(trim(legal_basis)) > 0),
    unconfirmed boolean      not null default false,
    entered_by  varchar(100) not null default 'system',
    entered_at  timestamptz  not null default now(),
    primary key (day, version)
);

insert into calendar_day (day, version, kind, name, legal_basis, unconfirmed)
select d.day::date, 1, d.kind, d.name, d.basis, d.unconfirmed
from (values
-- 2024
('2024-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', false),
('2024-02-08', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 08/02 đến hết 14/02/2024)', 'Thông báo 6150/TB-LĐTBXH (2023) về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024', false),
('2024-02-09', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 08/02 đến hết 14/02/2024)', 'Thông báo 6150/TB-LĐTBXH (2023) về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024', false),
('2024-02-12', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 08/02 đến hết 14/02/2024)', 'Thông báo 6150/TB-LĐTBXH (2023) về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024', false),
('2024-02-13', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 08/02 đến hết 14/02/2024)', 'Thông báo 6150/TB-LĐTBXH (2023) về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024', false),
('2024-02-14', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 08/02 đến hết 14/02/2024)', 'Thông báo 6150/TB-LĐTBXH (2023) về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024', false),
('2024-04-18', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112', false),
('2024-04-29', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)', false),
('2024-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', false),
('2024-05-01', 'HOLIDAY', 'Quốc tế Lao động', 'Bộ luật Lao động 2019, Điều 112', false),
('2024-05-04', 'WORKED', 'Làm bù cho thứ Hai 29/4/2024', 'Công văn 2450/VPCP-KGVX ngày 12/4/2024 (hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)', false),
('2024-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', false),
('2024-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112; Thông báo 6150/TB-LĐTBXH (2023): nghỉ từ 31/8 đến hết 3/9/2024', false),
-- 2025
('2025-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', false),
('2025-01-27', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 25/01 đến hết 02/02/2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 về lịch nghỉ Tết Âm lịch năm 2025', false),
('2025-01-28', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 25/01 đến hết 02/02/2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 về lịch nghỉ Tết Âm lịch năm 2025', false),
('2025-01-29', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 25/01 đến hết 02/02/2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 về lịch nghỉ Tết Âm lịch năm 2025', false),
('2025-01-30', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 25/01 đến hết 02/02/2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 về lịch nghỉ Tết Âm lịch năm 2025', false),
('2025-01-31', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ 25/01 đến hết 02/02/2025)', 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 về lịch nghỉ Tết Âm lịch năm 2025', false),
('2025-04-07', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112', false),
('2025-04-26', 'WORKED', 'Làm bù cho thứ Sáu 02/5/2025', 'Văn bản của Chính phủ về hoán đổi ngày làm việc dịp 30/4 và 1/5/2025 (theo TTXVN; số hiệu chưa đối chiếu)', true),
('2025-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', false),
('2025-05-01', 'HOLIDAY', 'Quốc tế Lao động', 'Bộ luật Lao động 2019, Điều 112', false),
('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Văn bản của Chính phủ về hoán đổi ngày làm việc dịp 30/4 và 1/5/2025 (theo TTXVN; số hiệu chưa đối chiếu)', true),
('2025-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112: 2/9 và 1 ngày liền kề; chọn ngày 1/9/2025 (văn bản chưa đối chiếu)', true),
('2025-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', false),
-- 2026
('2026-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', false),
('2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch 2026)', false),
('2026-01-10', 'WORKED', 'Làm bù cho thứ Sáu 02/01/2026', 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025 (nghỉ Tết Dương lịch 2026)', false),
('2026-02-16', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-02-17', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-02-18', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-02-19', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-02-20', 'DAY_OFF', 'Tết Nguyên đán (nghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật: nghỉ bù thứ Hai)', 'Bộ luật Lao động 2019, Điều 112', false),
('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', false),
('2026-05-01', 'HOLIDAY', 'Quốc tế Lao động', 'Bộ luật Lao động 2019, Điều 112', false),
('2026-08-22', 'WORKED', 'Làm bù cho thứ Hai 31/8/2026', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-08-31', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng đồng ý phương án nghỉ Tết Âm lịch, Quốc khánh năm 2026 của Bộ Nội vụ (số hiệu chưa ghi)', false),
('2026-09-01', 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112; Văn bản của Văn phòng Chính phủ (10/2025): nghỉ từ 29/8 đến hết 2/9/2026', false),
('2026-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', false),
-- 2027: the fixed holidays of the Labour Code; Tết and the day next to 2/9 await the year's notice
('2027-01-01', 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112', false),
('2027-02-04', 'DAY_OFF', 'Tết Nguyên đán (dự kiến)', 'Theo lệ hằng năm; chờ văn bản của Chính phủ về lịch nghỉ Tết Âm lịch năm 2027', true),
('2027-02-05', 'DAY_OFF', 'Tết Nguyên đán (dự kiến)', 'Theo lệ hằng năm; chờ văn bản của Chính phủ về lịch nghỉ Tết Âm lịch năm 2027', true),
('2027-02-08', 'DAY_OFF', 'Tết Nguyên đán (dự kiến)', 'Theo lệ hằng năm; chờ văn bản của Chính phủ về lịch nghỉ Tết Âm lịch năm 2027', true),
('2027-02-09', 'DAY_OFF', 'Tết Nguyên đán (dự kiến)', 'Theo lệ hằng năm; chờ văn bản của Chính phủ về lịch nghỉ Tết Âm lịch năm 2027', true),
('2027-02-10', 'DAY_OFF', 'Tết Nguyên đán (dự kiến)', 'Theo lệ hằng năm; chờ văn bản của Chính phủ về lịch nghỉ Tết Âm lịch năm 2027', true),
('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112 (ngày dương lịch chưa đối chiếu)', true),
('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112', false),
('2027-05-01', 'HOLIDAY', 'Quốc tế Lao động (thứ Bảy: nghỉ bù thứ Hai 03/5)', 'Bộ luật Lao động 2019, Điều 112', false),
('2027-09-02', 'HOLIDAY', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112', false),
('2027-09-03', 'HOLIDAY', 'Quốc khánh (ngày liền kề, dự kiến)', 'Bộ luật Lao động 2019, Điều 112: 2/9 và 1 ngày liền kề; chờ văn bản năm 2027', true)
) as d (day, kind, name, basis, unconfirmed);

-- a day an office added keeps its entry; the one built-in day not listed above (the substitute for
-- Giỗ Tổ 2026) is now computed from the holiday it follows
insert into calendar_day (day, version, kind, name, legal_basis, unconfirmed)
select h.day, 1, 'DAY_OFF', h.name, h.legal_basis, h.unconfirmed
from public_holiday h
where not exists (select 1 from calendar_day c where c.day = h.day)
  and not (h.day = '2026-04-27' and h.name like 'Giỗ Tổ Hùng Vương (nghỉ bù%');

drop table public_holiday;

select audit_table('calendar_day');
