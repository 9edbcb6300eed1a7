package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.protection.PersonalData;

/**
 * Import from .xlsx: a dry run that names every problem, an all-or-nothing commit, hostile files.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MemberImportTests {

  private static final String OFFICE = "vanphong.taxua";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;
  @Autowired vn.dangbo.accounts.TestUsers users;

  @Test
  void theDryRunReportsEachProblemWithItsRowAndColumnAndWritesNothing() throws Exception {
    long before = count();
    byte[] file =
        ImportFiles.xlsx(
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", "014090555001"),
            row("Giàng Thị Mai", "Nữ", "31/02/1991", "Mông", "Chi bộ bản Bẹ", ""),
            row("Lò Văn Ân", "Nam", "01/01/1985", "Thái Lan", "Chi bộ bản Bẹ", ""),
            row("Sùng A Lềnh", "Nam", "01/01/1988", "H'Mông", "Chi bộ bản Không Có", ""),
            row("Vàng A Chơ", "Nam", "01/01/1990", "Mông", "Chi bộ bản Bẹ", "014090555001"));

    var report = upload(file, true);

    assertThat(report).hasStatusOk();
    assertThat(report).bodyJson().extractingPath("$.rows").isEqualTo(5);
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[*].row")
        .asArray()
        .containsExactly(3, 4, 5, 6);
    assertThat(report).bodyJson().extractingPath("$.problems[0].column").isEqualTo("Ngày sinh");
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[1].message")
        .asString()
        .contains("Thái Lan");
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[2].code")
        .isEqualTo("import.problem.cell");
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[3].code")
        .isEqualTo("import.problem.citizenIdTwice");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aRowDuplicatingAnExistingRecordIsReported() throws Exception {
    var existing =
        jdbc.sql(
                "select full_name, to_char(birth_date, 'DD/MM/YYYY') as born from member order by id limit 1")
            .query((rs, n) -> new String[] {rs.getString("full_name"), rs.getString("born")})
            .single();
    byte[] file =
        ImportFiles.xlsx(
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", ""),
            row(existing[0].toUpperCase(), "Nam", existing[1], "Mông", "Chi bộ bản Bẹ", ""));

    var report = upload(file, true);

    assertThat(report).bodyJson().extractingPath("$.problems[*].row").asArray().containsExactly(3);
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[0].code")
        .isEqualTo("import.problem.duplicate");
  }

  @Test
  void aCommitWithAnyProblemWritesNoRowAtAll() throws Exception {
    long before = count();
    byte[] file =
        ImportFiles.xlsx(
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", "014090555001"),
            row("Giàng Thị Mai", "Nữ", "không rõ", "Mông", "Chi bộ bản Bẹ", ""));

    var report = upload(file, false);

    assertThat(report).bodyJson().extractingPath("$.written").isEqualTo(0);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aCleanFileIsWrittenWholeWithStatusesFromTheDates() throws Exception {
    long before = count();
    String recentCeremony =
        LocalDate.now()
            .minusMonths(3)
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    byte[] file =
        ImportFiles.xlsx(
            row(
                "Hạng A Thái",
                "Nam",
                "05/04/1990",
                "Mông",
                "chi bo ban be",
                "014090555001",
                "19/05/2015",
                "30/05/2015"),
            row(
                "Giàng Thị Mai",
                "Nữ",
                "2/9/1995",
                "Hmông",
                "Chi bộ bản Bẹ",
                "",
                recentCeremony,
                recentCeremony));

    var report = upload(file, false);

    assertThat(report).hasStatusOk();
    assertThat(report).bodyJson().extractingPath("$.written").isEqualTo(2);
    assertThat(count()).isEqualTo(before + 2);
    assertThat(statusOf("Giàng Thị Mai")).isEqualTo("PROBATIONARY");
    assertThat(
            jdbc.sql(
                    "select count(*) from member_status_change c join member m on m.id = c.member_id"
                        + " where m.full_name = 'Giàng Thị Mai' and c.to_status = 'PROBATIONARY'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(statusOf("Hạng A Thái")).isEqualTo("OFFICIAL");
    // the audit trail has one line for the copy with the new keys, not each row's contents
    long thai =
        jdbc.sql("select id from member where full_name = 'Hạng A Thái'")
            .query(Long.class)
            .single();
    var bulk =
        jdbc.sql(
                "select detail, after::text from audit_log where record_type = 'member'"
                    + " and detail like 'import:%' order by id desc limit 1")
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
            .single();
    assertThat(bulk.get(0)).isEqualTo("import: 2 rows");
    assertThat(bulk.get(1)).contains("\"" + thai + "\"");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where record_type = 'member'"
                        + " and record_id = :id and action = 'INSERT'")
                .param("id", String.valueOf(thai))
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aPartyCardNumberTwiceInTheFileOrAlreadyOnARecordIsReportedBeforeAnythingIsWritten()
      throws Exception {
    jdbc.sql(
            "update member set party_card_number = '93123456'"
                + " where id = (select min(id) from member)")
        .update();
    String[] headings = {"Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ", "Số thẻ đảng"};
    byte[] file =
        ImportFiles.xlsxWith(
            headings,
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", "93000001"),
            row("Giàng Thị Mai", "Nữ", "02/09/1995", "Mông", "Chi bộ bản Bẹ", "93000001"),
            row("Lò Văn Ân", "Nam", "01/01/1985", "Thái", "Chi bộ bản Bẹ", "93123456"));
    long before = count();

    var dryRun = upload(file, true);
    var commit = upload(file, false);

    hasProblems(
        dryRun,
        List.of(3, 4),
        List.of("import.problem.partyCardTwice", "import.problem.partyCardTaken"));
    assertThat(dryRun).bodyJson().extractingPath("$.problems[1].column").isEqualTo("Số thẻ đảng");
    assertThat(commit).bodyJson().extractingPath("$.written").isEqualTo(0);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void textLongerThanItsColumnIsAProblemOfTheDryRunNotAFailedCommit() throws Exception {
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {
              "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ", "Tôn giáo", "Nghề nghiệp"
            },
            row(
                "Hạng A Thái",
                "Nam",
                "05/04/1990",
                "Mông",
                "Chi bộ bản Bẹ",
                "Tin Lành ".repeat(7),
                ""),
            row(
                "Giàng Thị Mai",
                "Nữ",
                "02/09/1995",
                "Mông",
                "Chi bộ bản Bẹ",
                "",
                "Làm nương ".repeat(13)),
            row(
                "Lò Văn Ân",
                "Nam",
                "01/01/1985",
                "Thái",
                "Chi bộ bản Bẹ",
                "Phật giáo",
                "Làm ruộng"));

    var report = upload(file, true);

    hasProblems(report, List.of(2, 3), List.of("member.refused.tooLong", "member.refused.tooLong"));
  }

  @Test
  void backslashesAreKeptAsTypedAndLineBreaksAndTabsBecomeSpaces() throws Exception {
    String residence = "Bản Bẹ\nxã Tà Xùa\r\nSơn La";
    String homeTown = "Tổ 3\tphường \\N Chiềng Lề \\ \\.";
    byte[] file =
        ImportFiles.xlsxWith(
            new String[] {
              "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ", "Nơi ở", "Quê quán"
            },
            row("Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", residence, homeTown));

    assertThat(upload(file, false)).bodyJson().extractingPath("$.written").isEqualTo(1);

    assertThat(
            jdbc.sql("select residence, home_town from member where full_name = 'Hạng A Thái'")
                .query((rs, n) -> List.of(personalData.open(rs.getString(1)), rs.getString(2)))
                .single())
        .containsExactly("Bản Bẹ xã Tà Xùa Sơn La", "Tổ 3 phường \\N Chiềng Lề \\ \\.");
  }

  @Test
  void refusesAFileThatIsNotXlsx() throws Exception {
    long before = count();

    var report = upload("Họ và tên;Ngày sinh\n<script>alert(1)</script>;1990".getBytes(), true);

    assertThat(report)
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("import.refused.notXlsx");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void refusesAZipBomb() throws Exception {
    byte[] bomb = ImportFiles.zipBomb();
    assertThat(bomb.length).isLessThan(1_000_000);

    var report = upload(bomb, true);

    assertThat(report)
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("import.refused.notXlsx");
  }

  @Test
  void aSecretaryCannotImportIntoAnotherCellAndAViewerCannotImportAtAll() throws Exception {
    byte[] file =
        ImportFiles.xlsx(row("Hạng A Thái", "Nam", "05/04/1990", "Mông", "Chi bộ bản Bẹ", ""));

    var secretary =
        mvc.post()
            .uri("/api/v1/members/import?dryRun=true")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, file))
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD));
    var viewer =
        mvc.post()
            .uri("/api/v1/members/import?dryRun=true")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, file))
            .with(httpBasic("tinh.sonla", Demo.PASSWORD));

    assertThat(secretary)
        .bodyJson()
        .extractingPath("$.problems[0].code")
        .isEqualTo("import.problem.cell");
    assertThat(viewer).hasStatus(403);
  }

  @Test
  void theSampleFileInTheRepositoryPassesTheDryRunOnTheDemo() throws Exception {
    byte[] sample =
        java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs/samples/dang-vien-mau.xlsx"));

    var report = upload(sample, true);

    assertThat(report).bodyJson().extractingPath("$.rows").isEqualTo(5);
    assertThat(report).bodyJson().extractingPath("$.problems").asArray().isEmpty();
    // its "STT" column (row numbers) is set aside quietly
    assertThat(report).bodyJson().extractingPath("$.unknownColumns").asArray().isEmpty();
  }

  @Test
  void theImportPageShowsTheProblemsOfADryRun() throws Exception {
    byte[] file =
        ImportFiles.xlsx(row("Hạng A Thái", "Nam", "05/04/1990", "Thái Lan", "Chi bộ bản Bẹ", ""));

    var page =
        mvc.post()
            .uri("/members/import")
            .multipart()
            .file(new MockMultipartFile("file", "dv.xlsx", null, file))
            .with(users.signedIn(OFFICE))
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.csrf());

    assertThat(page)
        .hasStatusOk()
        .bodyText()
        .contains("Có 1 lỗi trong 1 dòng", "Thái Lan", "Dân tộc");
    assertThat(mvc.get().uri("/members/import").with(users.signedIn("tinh.sonla"))).hasStatus(403);
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult upload(
      byte[] file, boolean dryRun) {
    return mvc.post()
        .uri("/api/v1/members/import?dryRun=" + dryRun)
        .multipart()
        .file(new MockMultipartFile("file", "dang-vien.xlsx", null, file))
        .with(httpBasic(OFFICE, Demo.PASSWORD))
        .exchange();
  }

  /** The report names these rows, in order, each with its problem's code. */
  private static void hasProblems(
      org.springframework.test.web.servlet.assertj.MvcTestResult report,
      List<Integer> rows,
      List<String> codes) {
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[*].row")
        .asArray()
        .containsExactlyElementsOf(rows);
    assertThat(report)
        .bodyJson()
        .extractingPath("$.problems[*].code")
        .asArray()
        .containsExactlyElementsOf(codes);
  }

  private static String[] row(String... values) {
    return values;
  }

  private long count() {
    return jdbc.sql("select count(*) from member").query(Long.class).single();
  }

  private String statusOf(String name) {
    return jdbc.sql("select status from member where full_name = :name")
        .param("name", name)
        .query(String.class)
        .single();
  }
}
