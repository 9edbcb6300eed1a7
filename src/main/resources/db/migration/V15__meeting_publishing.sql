-- A meeting is published to the cell's members this many days before it (members see nothing of
-- it before; the office and the secretary see it from the day it is planned).
insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('meeting.publish.daysBefore', '1930-02-03', '7',
 'Hướng dẫn 12-HD/BTCTW (2018): chuẩn bị nội dung và thông báo cho đảng viên trước buổi sinh hoạt (số ngày do đảng ủy xã quy định)', true);
