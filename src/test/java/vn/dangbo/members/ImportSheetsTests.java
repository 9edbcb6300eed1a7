package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/**
 * Spreadsheets as communes keep them (issue 23): title rows above the headings, headings merged
 * over two rows or written in other words, formulas, the ethnic groups as people spell them,
 * hostile cells, and writing the valid rows only with the refused ones handed back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ImportSheetsTests {

  private static final String OFFICE = "vanphong.taxua";
  private static final String CELL = "Chi bộ bản Bẹ";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TestUsers users;

  /** The "must show": each of the four is named in Vietnamese by the dry run. */
  private static byte[] communeFile() throws Exception {
    return ImportFiles.sheet("Đảng viên")
        .row("DANH SÁCH ĐẢNG VIÊN CHI BỘ BẢN BẸ")
        .row()
        .row(
            "STT",
            "Họ và tên",
            "Giới tính",
            "Ngày sinh",
            "Dân tộc",
            "Chi bộ",
            "Ngày kết nạp",
            "Ngày vào Đảng chính thức")
        .row("1", "Hạng A Thái", "Nam", "", "H’Mông", CELL, "30/05/2015", "15/06/2016")
        .formula("D4", "CONCATENATE(\"05/04/\",\"1990\")")
        .xlsx();
  }

  @Test
  void aDryRunOfACommuneFileNamesItsTitleRowOfficialDateHeadingFormulaAndCurlyApostrophe()
      throws Exception {
    var report = upload(communeFile(), "dryRun=true");

    assertThat(report).hasStatusOk();
    assertThat(report).bodyJson().extractingPath("$.rows").isEqualTo(1);
    assertThat(report).bodyJson().extractingPath("$.problems").asArray().isEmpty();
    assertThat(report).bodyJson().extractingPath("$.sheet").isEqualTo("Đảng viên");
    assertThat(report).bodyJson().extractingPath("$.headingRow").isEqualTo(3);
    assertThat(report)
        .bodyJson()
        .extractingPath("$.notes[*].message")
        .asArray()
        .contains(
            "Trang “Đảng viên”: dòng tiêu đề cột là dòng 3; các dòng phía trên (tên danh sách,"
                + " ghi chú) được bỏ qua.",
            "Cột “Ngày vào Đảng chính thức” được đọc là “Ngày chính thức”.",
            "Ô D4 (Ngày sinh) trên trang “Đảng viên” là công thức; dùng giá trị đã tính"
                + " “05/04/1990”.",
            "“H’Mông” được hiểu là dân tộc Mông (mã 08).");
  }

  @Test
  void theImportPageNamesTheSameInVietnamese() throws Exception {
    var page =
        mvc.post()
            .uri("/members/import")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, communeFile()))
            .with(users.signedIn(OFFICE))
            .with(csrf());

    assertThat(page)
        .hasStatusOk()
        .bodyText()
        .contains(
            "dòng tiêu đề cột là dòng 3",
            "Cột “Ngày vào Đảng chính thức” được đọc là “Ngày chính thức”.",
            "Ô D4 (Ngày sinh) trên trang “Đảng viên” là công thức",
            "“H’Mông” được hiểu là dân tộc Mông (mã 08).");
  }

  @Test
  void aHeadingMergedOverTwoRowsBelowTwoTitleRowsIsRead() throws Exception {
    byte[] file =
        ImportFiles.sheet("DS")
            .row("ĐẢNG BỘ XÃ TÀ XÙA")
            .row("DANH SÁCH ĐẢNG VIÊN", "", "", "", "", "", "Năm 2025")
            .row("STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ", "Ngày vào Đảng")
            .row("", "", "", "", "", "", "Ngày kết nạp", "Ngày chính thức")
            .row("1", "Hạng A Thái", "Nam", "05/04/1990", "Mông", CELL, "30/05/2015", "15/06/2016")
            .merge("A3:A4")
            .merge("B3:B4")
            .merge("G3:H3")
            .xlsx();

    var report = upload(file, "dryRun=false");

    assertThat(report).bodyJson().extractingPath("$.headingRow").isEqualTo(4);
    assertThat(report).bodyJson().extractingPath("$.written").isEqualTo(1);
    assertThat(report).bodyJson().extractingPath("$.unknownColumns").asArray().isEmpty();
    assertThat(
            jdbc.sql(
                    "select admission_ceremony_date, official_date from member"
                        + " where full_name = 'Hạng A Thái'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single())
        .containsExactly("2015-05-30", "2016-06-15");
  }

  @Test
  void aFirstDataRowIsNeverTakenForTheSecondRowOfAHeading() throws Exception {
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {"Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ"},
            new String[] {"Hạng A Thái", "Nam", "05/04/1990", "Mông", CELL, "Đoàn viên"});

    var report = upload(file, "dryRun=true");

    assertThat(report).bodyJson().extractingPath("$.rows").isEqualTo(1);
    assertThat(report).bodyJson().extractingPath("$.headingRow").isEqualTo(1);
  }

  @Test
  void headingsAreReadInOtherWordsWithOrWithoutAccentsInAnyCaseWithPunctuation() throws Exception {
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {
              "stt", "HỌ VÀ TÊN", "gioi tinh", "Ngày sinh.", "Dan toc", "Chi bộ", "Số CCCD/CMND"
            },
            new String[] {"1", "Hạng A Thái", "Nam", "05/04/1990", "Mông", CELL, ""});

    var report = upload(file, "dryRun=true");

    assertThat(report).bodyJson().extractingPath("$.problems").asArray().isEmpty();
    assertThat(report).bodyJson().extractingPath("$.unknownColumns").asArray().isEmpty();
  }

  @Test
  void aRecordRefusedForOneOfItsFieldsNamesThatColumnAsWritten() throws Exception {
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {"Họ tên", "Giới tính", "Sinh ngày", "Dân tộc", "Chi bộ"},
            new String[] {"Hạng A Thái", "Nam", "05/04/2020", "Mông", CELL});

    var report = upload(file, "dryRun=true");

    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[0].code")
        .isEqualTo("member.refused.birthDateImplausible");
    assertThat(report).bodyJson().extractingPath("$.problems[0].column").isEqualTo("Sinh ngày");
  }

  @Test
  void aMissingColumnIsNamedByTheHeadingExpectedNotByAFieldName() throws Exception {
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {"Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc"},
            new String[] {"Hạng A Thái", "Nam", "05/04/1990", "Mông"});

    var report = upload(file, "dryRun=true");

    assertThat(report).hasStatus(422);
    assertThat(report)
        .bodyJson()
        .extractingPath("$.message")
        .asString()
        .contains("Chi bộ")
        .doesNotContain("cell");
  }

  @Test
  void theTemplateHasEveryColumnOfTheHeadingsFileForThoseWhoMayImport() throws Exception {
    var template =
        mvc.get().uri("/members/import/template.xlsx").with(users.signedIn(OFFICE)).exchange();

    assertThat(template).hasStatusOk();
    try (var workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(template.getResponse().getContentAsByteArray()))) {
      var headings = new ArrayList<String>();
      workbook.getSheetAt(0).getRow(0).forEach(c -> headings.add(c.getStringCellValue()));
      assertThat(headings)
          .startsWith("Họ và tên", "Tên gọi khác", "Giới tính", "Ngày sinh")
          .contains("Dân tộc", "Chi bộ", "Số định danh", "Ngày kết nạp", "Ngày chính thức");
    }
    assertThat(mvc.get().uri("/members/import/template.xlsx").with(users.signedIn("tinh.sonla")))
        .hasStatus(403);
    assertThat(mvc.get().uri("/members/import").with(users.signedIn(OFFICE)))
        .bodyText()
        .contains("/members/import/template.xlsx");
  }

  @Test
  void validRowsOnlyWritesTheGoodRowsAndHandsBackTheRefusedOnesAsWrittenWithTheirReasons()
      throws Exception {
    long before = count();
    byte[] file =
        ImportFiles.xlsx(
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", CELL, ""),
            row("Giàng Thị Mai", "Nữ", "31/02/1991", "Mông", CELL, ""),
            row("=1+1", "Nam", "01/01/1985", "Thái Lan", CELL, "", "", "", "ghi chú của bản"));

    var report = upload(file, "dryRun=false&validRowsOnly=true");

    assertThat(report).bodyJson().extractingPath("$.written").isEqualTo(1);
    assertThat(report).bodyJson().extractingPath("$.refusedRows").isEqualTo(2);
    assertThat(count()).isEqualTo(before + 1);
    String link = json(report, "refusedRowsFile");
    var refused = mvc.get().uri(link).with(httpBasic(OFFICE, Demo.PASSWORD)).exchange();
    assertThat(refused).hasStatusOk();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(refused.getResponse().getContentAsByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(texts(sheet.getRow(0)))
          .startsWith(ImportFiles.HEADINGS)
          .endsWith("Dòng trong tệp gốc", "Lý do");
      assertThat(texts(sheet.getRow(1)))
          .startsWith("Giàng Thị Mai", "Nữ", "31/02/1991")
          .contains("3")
          .anyMatch(t -> t.contains("Ngày sinh") && t.contains("31/02/1991"));
      assertThat(texts(sheet.getRow(2)))
          .startsWith("=1+1")
          .contains("ghi chú của bản", "4")
          .anyMatch(t -> t.contains("Thái Lan"));
      var name = sheet.getRow(2).getCell(0);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
    assertThat(mvc.get().uri(link).with(httpBasic("bithu.langcheu", Demo.PASSWORD))).hasStatus(404);
  }

  @Test
  void theImportPageOffersValidRowsOnlyAndLinksTheFileOfRefusedRows() throws Exception {
    byte[] file =
        ImportFiles.xlsx(
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", CELL, ""),
            row("Lò Văn Ân", "Nam", "01/01/1985", "Thái Lan", CELL, ""));
    assertThat(mvc.get().uri("/members/import").with(users.signedIn(OFFICE)))
        .bodyText()
        .contains("name=\"validRowsOnly\"");

    var page =
        mvc.post()
            .uri("/members/import")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, file))
            .param("commit", "true")
            .param("validRowsOnly", "true")
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .exchange();

    String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("Đã ghi 1 đảng viên", "Thái Lan", "refused-rows.xlsx");
    String link =
        body.replaceAll("(?s).*href=\"(/members/import/[^\"]+/refused-rows.xlsx)\".*", "$1");
    assertThat(mvc.get().uri(link).with(users.signedIn(OFFICE))).hasStatusOk();
  }

  @Test
  void theOfficialDateStartsTheHistoryAndWithoutItProbationEndsByTheRuleOfTheCeremonyDay()
      throws Exception {
    jdbc.sql(
            "insert into rule_value (rule_key, effective_from, value, legal_basis)"
                + " values ('probation.months', '2014-01-01', '18', 'kiểm thử')")
        .update();
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {
              "Họ và tên",
              "Giới tính",
              "Ngày sinh",
              "Dân tộc",
              "Chi bộ",
              "Ngày kết nạp",
              "Ngày vào Đảng chính thức"
            },
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", CELL, "30/05/2015", "15/06/2016"),
            row("Giàng Thị Mai", "Nữ", "02/09/1991", "Mông", CELL, "10/01/2015", ""));

    assertThat(upload(file, "dryRun=false")).bodyJson().extractingPath("$.written").isEqualTo(2);

    assertThat(history("Hạng A Thái"))
        .containsExactly("OFFICIAL", "2016-06-15", "2016-06-15", "2016-06-15");
    // 10/01/2015 + 18 months, the probation length this test put in force from 2014
    assertThat(history("Giàng Thị Mai"))
        .containsExactly("OFFICIAL", "2016-07-10", "2016-07-10", "2016-07-10");
  }

  @Test
  void markupDirectionAndControlCharactersInACellAreProblemsOfItsRowAndColumn() throws Exception {
    byte[] file =
        ImportFiles.withRawText(
            ImportFiles.xlsxWith(
                new String[] {"Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ", "Nơi ở"},
                row("<script>alert(1)</script>", "Nam", "05/04/1990", "Mông", CELL, ""),
                row("Giàng Thị Mai", "Nữ", "02/09/1991", "Mông", CELL, "Bản \u202eBẹ"),
                row("Lò Văn Ân", "Nam", "01/01/1985", "Thái", CELL, "Bản BELL Bẹ")),
            "BELL",
            "_x0007_");

    var report = upload(file, "dryRun=true");

    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[*].code")
        .asArray()
        .containsExactly(
            "import.problem.markup", "import.problem.control", "import.problem.control");
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[*].column")
        .asArray()
        .containsExactly("Họ và tên", "Nơi ở", "Nơi ở");
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[0].message")
        .asString()
        .contains("thẻ mã");
  }

  @Test
  void textThatLooksLikeAFormulaStaysTextWhenExportedAgain() throws Exception {
    byte[] file =
        ImportFiles.xlsx(
            row("=1+1", "Nam", "05/04/1990", "Mông", CELL, ""),
            row("@SUM(A1)", "Nữ", "02/09/1991", "Mông", CELL, ""));
    assertThat(upload(file, "dryRun=false")).bodyJson().extractingPath("$.written").isEqualTo(2);

    for (String name : List.of("=1+1", "@SUM(A1)")) {
      var export =
          mvc.get()
              .uri("/members/export.xlsx")
              .param("q", name)
              .with(users.signedIn(OFFICE))
              .exchange();
      try (var workbook =
          new XSSFWorkbook(
              new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
        var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(name);
        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
      }
    }
  }

  @Test
  void everyUsualSpellingOfAnEthnicGroupIsReadWithOneNotePerSpelling() throws Exception {
    byte[] file =
        ImportFiles.xlsx(
            row("Hạng A Thái", "Nam", "05/04/1990", "H'Mông", CELL, ""),
            row("Hạng A Páo", "Nam", "05/04/1991", "H'Mông", CELL, ""),
            row("Giàng Thị Mai", "Nữ", "02/09/1991", "Mèo", CELL, ""),
            row("Lò Văn Ân", "Nam", "01/01/1985", "Việt (Kinh)", CELL, ""),
            row("Y Bih", "Nam", "01/01/1986", "Ba Na", CELL, ""),
            row("Thạch Sa", "Nam", "01/01/1987", "Khmer", CELL, ""),
            row("Sùng A Lềnh", "Nam", "01/01/1988", "Mông", CELL, ""));

    var report = upload(file, "dryRun=true");

    assertThat(report).bodyJson().extractingPath("$.problems").asArray().isEmpty();
    assertThat(report)
        .bodyJson()
        .extractingPath("$.notes[?(@.code == 'import.note.ethnicity')].message")
        .asArray()
        .containsExactly(
            "“H'Mông” được hiểu là dân tộc Mông (mã 08).",
            "“Mèo” được hiểu là dân tộc Mông (mã 08).",
            "“Việt (Kinh)” được hiểu là dân tộc Kinh (mã 01).",
            "“Ba Na” được hiểu là dân tộc Ba-na (mã 12).",
            "“Khmer” được hiểu là dân tộc Khơ-me (mã 05).");
  }

  @Test
  void linesBelowTheListAreSetAsideWithANoteButAnIncompleteMemberAmongThemIsAProblem()
      throws Exception {
    byte[] file =
        ImportFiles.sheet("Đảng viên")
            .row("Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ")
            .row("Hạng A Dua", "Nam", "05/04/1990", "Mông", CELL)
            .row("Giàng A Thiếu")
            .row("Vàng Thị Pa", "Nữ", "06/07/1992", "Mông", CELL)
            .row()
            .row("", "Người lập biểu")
            .row("", "Sùng A Ký")
            .xlsx();

    var report = upload(file, "dryRun=true");

    assertThat(report).hasStatusOk();
    assertThat(report).bodyJson().extractingPath("$.rows").isEqualTo(3);
    assertThat(report).bodyJson().extractingPath("$.problems[*].row").asArray().containsOnly(3);
    assertThat(report)
        .bodyJson()
        .extractingPath("$.notes[*].message")
        .asArray()
        .contains(
            "Trang “Đảng viên”, dòng 6 (“Người lập biểu”) nằm dưới danh sách và không đủ thông tin"
                + " của một đảng viên: được bỏ qua.",
            "Trang “Đảng viên”, dòng 7 (“Sùng A Ký”) nằm dưới danh sách và không đủ thông tin"
                + " của một đảng viên: được bỏ qua.");
  }

  private MvcTestResult upload(byte[] file, String query) {
    return mvc.post()
        .uri("/api/v1/members/import?" + query)
        .multipart()
        .file(new MockMultipartFile("file", "dang-vien.xlsx", null, file))
        .with(httpBasic(OFFICE, Demo.PASSWORD))
        .exchange();
  }

  private static String json(MvcTestResult result, String field) throws Exception {
    return com.jayway.jsonpath.JsonPath.read(
        result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$." + field);
  }

  private static List<String> texts(org.apache.poi.ss.usermodel.Row row) {
    var formatter = new DataFormatter();
    var texts = new ArrayList<String>();
    row.forEach(c -> texts.add(formatter.formatCellValue(c)));
    return texts;
  }

  /** Status, since when, official date, and the day of the first entry of the history. */
  private List<String> history(String name) {
    return jdbc.sql(
            """
            select m.status, m.status_since::text, m.official_date::text, c.effective_on::text
            from member m join member_status_change c on c.member_id = m.id
            where m.full_name = :name
            """)
        .param("name", name)
        .query(
            (rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .single();
  }

  private static String[] row(String... values) {
    return values;
  }

  private long count() {
    return jdbc.sql("select count(*) from member").query(Long.class).single();
  }
}
