-- Where the list of ethnic groups in table ethnicity (V5) comes from, kept with the data.
--
-- The 54 groups are those of the General Statistics Office's list (Danh mục các dân tộc Việt Nam,
-- Tổng cục Thống kê), issued with Quyết định 121-TCTK/PPCĐ of 2 March 1979. Their codes and order
-- (by number of people) are those of the list as the Office issued it again with Quyết định
-- 1019/QĐ-TCTK of 12 November 2008, used by the censuses since 2009: Kinh 01, Tày 02, Thái 03,
-- Mường 04, Khơ-me 05, Hoa 06, Nùng 07, Mông 08 ... Ơ-đu 54. (The 1979 list numbered some groups
-- differently: Hoa 04, Khơ-me 05, Mường 06.) The spellings an import also reads ("H’Mông", "Mèo",
-- "Khmer", "Việt (Kinh)" ...) are listed in docs/import.md and kept in members.EthnicGroups.

create table ethnicity_source (
    id           smallint     primary key check (id = 1),
    list_name    varchar(200) not null,
    issued_by    varchar(200) not null,
    decision     varchar(200) not null,
    issued_on    date         not null,
    codes_from   varchar(200) not null,
    codes_issued date         not null
);

insert into ethnicity_source
    (id, list_name, issued_by, decision, issued_on, codes_from, codes_issued)
values
    (1, 'Danh mục các dân tộc Việt Nam', 'Tổng cục Thống kê', 'Quyết định 121-TCTK/PPCĐ',
     '1979-03-02', 'Quyết định 1019/QĐ-TCTK', '2008-11-12');

select audit_table('ethnicity_source');

comment on table ethnicity is
    'Danh mục các dân tộc Việt Nam (54 dân tộc) của Tổng cục Thống kê, ban hành kèm Quyết định '
    '121-TCTK/PPCĐ ngày 02/3/1979; mã và thứ tự theo Quyết định 1019/QĐ-TCTK ngày 12/11/2008. '
    'Nguồn: bảng ethnicity_source.';
comment on column ethnicity.code is
    'Mã dân tộc trong danh mục của Tổng cục Thống kê (01 Kinh ... 54 Ơ-đu).';
comment on column ethnicity.name is
    'Tên dân tộc như danh mục ghi; cách viết khác được nhận khi nhập: docs/import.md.';
comment on table ethnicity_source is
    'Nguồn của danh mục dân tộc trong bảng ethnicity (một dòng).';
