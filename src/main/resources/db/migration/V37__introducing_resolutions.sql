-- A dossier may be introduced by one official member and a resolution of the grassroots Youth
-- Union (for a Union member of youth age) or of the grassroots trade union: two different things,
-- recorded apart.
alter table candidate_step add column trade_union_resolution boolean not null default false;

insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed) values
('introducer.officialMembers', '1930-02-03', '2',
 'Điều lệ Đảng, Điều 4: người vào Đảng được hai đảng viên chính thức giới thiệu (một, khi có nghị quyết giới thiệu của Ban chấp hành Đoàn cơ sở hoặc Công đoàn cơ sở)', false),
('introducer.youthUnion.maxAgeYears', '1930-02-03', '30',
 'Điều lệ Đảng, Điều 4: người vào Đảng trong độ tuổi thanh niên phải là đoàn viên, được Ban chấp hành Đoàn cơ sở giới thiệu; Điều lệ Đoàn TNCS Hồ Chí Minh: đoàn viên từ 16 đến 30 tuổi', false);

-- The youngest age for admission is the Charter's (Điều lệ Đảng, Điều 1); the texts that implement
-- it only say how it is counted: the basis of each version says both.
update rule_value set legal_basis = 'Điều lệ Đảng, Điều 1; ' || legal_basis
where rule_key = 'admission.age.min.months' and entered_by = 'system'
  and legal_basis not like 'Điều lệ Đảng%';
