-- The rulebook: every threshold of the regulations is a dated row with its legal basis. A case is
-- judged by the row in force on its date; a new row from a later date leaves earlier cases as they were.
create table rule_value (
    rule_key       varchar(80)  not null,
    effective_from date         not null,
    value          varchar(500) not null,
    legal_basis    varchar(500) not null check (length(trim(legal_basis)) > 0),
    unconfirmed    boolean      not null default false,
    entered_by     varchar(100) not null default 'system',
    entered_at     timestamptz  not null default now(),
    primary key (rule_key, effective_from)
);

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('probation.months', '1930-02-03', '12',
 'Điều lệ Đảng, Điều 5: thời kỳ dự bị 12 tháng, tính từ ngày chi bộ tổ chức lễ kết nạp', false),
('badge.milestones.years', '1930-02-03', '30,40,45,50,55,60,65,70,75,80,85,90',
 'Hướng dẫn 01-HD/TW (2021), mục 18: Huy hiệu 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm tuổi đảng', false),
('badge.early.months.upTo65', '1930-02-03', '12',
 'Hướng dẫn 01-HD/TW (2021), mục 18: đảng viên ốm nặng được tặng sớm tối đa 12 tháng (huy hiệu 30–65 năm)', false),
('badge.early.months.from70', '1930-02-03', '24',
 'Hướng dẫn 01-HD/TW (2021), mục 18: đảng viên ốm nặng được tặng sớm tối đa 24 tháng (huy hiệu 70–90 năm)', false);
