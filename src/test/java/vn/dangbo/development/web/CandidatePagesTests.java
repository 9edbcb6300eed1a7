package vn.dangbo.development.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/** The development pages and API: funnel, quotas, steps by API and page, scope. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CandidatePagesTests {

  private static final String OFFICE = "vanphong.taxua";

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired vn.dangbo.protection.PersonalData personalData;
  @Autowired Demo demo;

  @Test
  void langCheuSentMoreThanSeventyToTheCourseAndAdmittedMoreThanThirtySince2006() {
    var funnel =
        mvc.get()
            .uri("/api/v1/organizations/{id}/funnel?from=2006-01-01&to=2024-12-31", demo.code("LC"))
            .with(httpBasic(OFFICE, Demo.PASSWORD));

    assertThat(funnel).hasStatusOk();
    assertThat(funnel)
        .bodyJson()
        .extractingPath("$.course")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(70));
    assertThat(funnel)
        .bodyJson()
        .extractingPath("$.admitted")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(30));
    assertThat(funnel)
        .bodyJson()
        .extractingPath("$.admittedByEthnicity['Mông']")
        .asNumber()
        .satisfies(n -> assertThat(n.intValue()).isGreaterThan(15));
    assertThat(funnel).bodyJson().extractingPath("$.courseByCategory.women").isNotNull();
    assertThat(
            mvc.get()
                .uri(
                    "/candidates/funnel?organization={id}&from=2006-01-01&to=2024-12-31",
                    demo.code("LC"))
                .with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Học lớp nhận thức về Đảng", "Người dân tộc thiểu số", "Mông");
  }

  @Test
  void aCellBehindItsQuotaIsAtRisk() {
    int year = LocalDate.now().getYear();
    var quotas =
        mvc.get()
            .uri("/api/v1/quotas?organization={id}&year={year}", demo.code("TX"), year)
            .with(httpBasic(OFFICE, Demo.PASSWORD));

    assertThat(quotas)
        .bodyJson()
        .extractingPath("$[?(@.cellName == 'Chi bộ bản Sừ Thàng')].atRisk")
        .asArray()
        .containsExactly(true);
    assertThat(
            mvc.get()
                .uri("/candidates/quotas?organization={id}", demo.code("TX"))
                .with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Chi bộ bản Sừ Thàng", "Có nguy cơ không đạt");
  }

  @Test
  void theWorklistWarnsOfTheCeremonyTheExpiringCertificateAndTheEndOfProbation() {
    var page = mvc.get().uri("/worklist").with(users.signedIn(OFFICE));
    var api = mvc.get().uri("/api/v1/worklist?days=60").with(httpBasic(OFFICE, Demo.PASSWORD));

    assertThat(page)
        .hasStatusOk()
        .bodyText()
        .contains(
            "Sùng A Nủ",
            "Tổ chức lễ kết nạp trước",
            "Mùa A Thênh",
            "Giấy chứng nhận lớp nhận thức về Đảng hết hạn",
            "Giàng Thị Sinh",
            "Hết thời kỳ dự bị");
    assertThat(api)
        .bodyJson()
        .extractingPath("$[?(@.personName == 'Mùa A Thênh')].level")
        .asArray()
        .containsExactly("DAYS_30");
    assertThat(mvc.get().uri("/worklist").with(users.signedIn("bithu.hangdong")))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Sùng A Nủ", "Mùa A Thênh");
  }

  @Test
  void theOfficeOpensACourseAndEnrolsASympathiserWhileASecretaryMayNot() {
    String course =
        """
        {"organizerId": %d, "name": "Lớp NTVĐ 2026", "startsOn": "%s", "endsOn": "%s"}
        """
            .formatted(demo.code("TX"), LocalDate.now(), LocalDate.now().plusDays(4));
    var opened =
        mvc.post()
            .uri("/api/v1/courses")
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content(course);
    var bySecretary =
        mvc.post()
            .uri("/api/v1/courses")
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType("application/json")
            .content(course);

    assertThat(opened).hasStatus(201);
    assertThat(bySecretary).hasStatus(404);
    long id = jdbc.sql("select max(id) from course_session").query(Long.class).single();
    assertThat(
            mvc.post()
                .uri("/api/v1/courses/{id}/enrolments", id)
                .with(httpBasic(OFFICE, Demo.PASSWORD))
                .contentType("application/json")
                .content("{\"candidateId\": %d}".formatted(candidateNamed("Vàng A Dình"))))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.enrolments[0].fullName")
        .isEqualTo("Vàng A Dình");
    assertThat(mvc.get().uri("/courses/{id}", id).with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Lớp NTVĐ 2026", "Vàng A Dình", "Đang học");
    assertThat(mvc.get().uri("/courses").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Người còn cần học lớp");
  }

  @Test
  void theBoardShowsTodaysPipelineByStageToTheCellSecretaryOnlyForTheirCell() {
    var board = mvc.get().uri("/candidates").with(users.signedIn("bithu.langcheu"));

    assertThat(board)
        .hasStatusOk()
        .bodyText()
        .contains("Giàng A Chớ", "Nguồn")
        .doesNotContain("Hờ Thị Nhìa");
    assertThat(mvc.get().uri("/candidates").with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Giàng A Chớ", "Hờ Thị Nhìa", "Sùng A Nủ", "Đã có quyết định kết nạp");
  }

  @Test
  void aPersonFromAVillageWithoutACellIsFollowedByTheHelpingCell() {
    assertThat(
            mvc.get()
                .uri("/candidates/{id}", candidateNamed("Hờ Thị Nhìa"))
                .with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Bản Háng Chơ (phụ trách: Chi bộ bản Phình Hồ)");
    assertThat(mvc.get().uri("/candidates/new").with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Bản Háng Chơ · Chi bộ bản Phình Hồ");
  }

  @Test
  void aCommitteeMemberInChargeSeesTheCandidatesOfTheirCellsButRecordsNoStep() {
    long id = candidateNamed("Giàng A Chớ");

    assertThat(mvc.get().uri("/candidates/{id}", id).with(users.signedIn("phutrach.my")))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Bước tiếp theo");
    assertThat(
            mvc.post()
                .uri("/api/v1/candidates/{id}/steps?version={v}", id, version(id))
                .with(httpBasic("phutrach.my", Demo.PASSWORD))
                .contentType("application/json")
                .content(
                    "{\"kind\": \"INTRODUCED\", \"on\": \"%s\", \"note\": \"Đoàn\"}"
                        .formatted(LocalDate.now())))
        .hasStatus(403);
  }

  @Test
  void aMentorWithAMembersAccountFollowsTheirMenteeAndRecordsObservations() {
    long mentee = candidateNamed("Mùa A Thênh");
    long mentor =
        jdbc.sql(
                "select mentor_id from candidate_step where candidate_id = :id"
                    + " and kind = 'SYMPATHISER'")
            .param("id", mentee)
            .query(Long.class)
            .single();
    TestUsers.openMemberAccount(jdbc, "giupdo.thu", mentor);

    assertThat(mvc.get().uri("/worklist").with(users.signedIn("giupdo.thu")))
        .hasStatusOk()
        .bodyText()
        .contains("Người tôi được phân công giúp đỡ", "Mùa A Thênh", "Giấy chứng nhận");
    assertThat(mvc.get().uri("/candidates/{id}", mentee).with(users.signedIn("giupdo.thu")))
        .hasStatusOk()
        .bodyText()
        .contains("Ghi nhận xét")
        .doesNotContain("Bước tiếp theo");
    assertThat(
            mvc.post()
                .uri("/candidates/{id}/observations", mentee)
                .with(users.signedIn("giupdo.thu"))
                .with(csrf())
                .param("on", LocalDate.now().toString())
                .param("criterion", "TASKS")
                .param("assessment", "GOOD"))
        .hasStatus3xxRedirection();
    assertThat(
            mvc.get()
                .uri("/candidates/{id}", candidateNamed("Hờ Thị Nhìa"))
                .with(users.signedIn("giupdo.thu")))
        .hasStatus(404);
  }

  @Test
  void anotherCellsCandidateIsNotFoundByPageOrApi() {
    long other = candidateNamed("Hờ Thị Nhìa");

    assertThat(mvc.get().uri("/candidates/{id}", other).with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/candidates/{id}", other)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/candidates/{id}/eligibility", other)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get().uri("/api/v1/candidates").with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$")
        .asArray()
        .isEmpty();
  }

  @Test
  void aRefusedCellVoteNamesTheRuleAndItsBasisOnThePageAndInTheApi() {
    long id = candidateNamed("Thào Thị Pằng");
    jdbc.sql("update candidate set birth_date = :birth where id = :id")
        .param("birth", LocalDate.now().minusYears(17))
        .param("id", id)
        .update();

    var api =
        mvc.post()
            .uri("/api/v1/candidates/{id}/steps?version={v}", id, version(id))
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"kind": "CELL_VOTE", "on": "%s", "votesFor": 1}
                """
                    .formatted(LocalDate.now()));
    var page =
        mvc.post()
            .uri("/candidates/{id}/steps", id)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("kind", "CELL_VOTE")
            .param("on", LocalDate.now().toString())
            .param("votesFor", "1")
            .param("version", String.valueOf(version(id)));

    assertThat(api).hasStatus(422);
    assertThat(api).bodyJson().extractingPath("$.rule").isEqualTo("admission.age.min.months");
    assertThat(api).bodyJson().extractingPath("$.legalBasis").asString().contains("Điều lệ Đảng");
    assertThat(api).bodyJson().extractingPath("$.message").asString().startsWith("Chưa đủ tuổi");
    assertThat(page)
        .hasStatusOk()
        .bodyText()
        .contains("<div class=\"error-box\" role=\"alert\">\n    <p>Chưa đủ tuổi: 17 năm 0 tháng");
  }

  @Test
  void theFormOfANextStepOffersTheCellsOfficialMembersAndTheTimelineAloneReadsThemNot() {
    long id = candidateNamed("Thào Thị Pằng");
    long cell =
        jdbc.sql("select cell_id from candidate where id = :id")
            .param("id", id)
            .query(Long.class)
            .single();
    String official =
        jdbc.sql(
                """
                select full_name from member where cell_id = :cell and status = 'OFFICIAL'
                order by full_name limit 1
                """)
            .param("cell", cell)
            .query(String.class)
            .single();

    assertThat(mvc.get().uri("/candidates/{id}?step=DOSSIER", id).with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"firstIntroducer\"", ">" + official + "</option>");
    assertThat(mvc.get().uri("/candidates/{id}?step=CELL_VOTE", id).with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Chi bộ hôm nay có %d đảng viên chính thức"
                .formatted(officialMembersOn(cell, LocalDate.now().toString())));
    assertThat(mvc.get().uri("/candidates/{id}", id).with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("id=\"firstIntroducer\"", ">" + official + "</option>");
  }

  @Test
  void aFormerMemberWhoQuitActivitiesIsNotReadmittedInTheApiAndOnThePage() {
    long candidate =
        jdbc.sql(
                """
                select min(c.id) from candidate c
                where c.stage not in ('ADMITTED', 'LEFT') and c.cell_id = :cell
                """)
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    var barred =
        mvc.post()
            .uri("/api/v1/candidates/{id}/former-membership", candidate)
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content("{\"leftOn\": \"2018-03-01\", \"reason\": \"QUIT_ACTIVITIES\"}");
    var incomplete =
        mvc.post()
            .uri("/api/v1/candidates/{id}/former-membership", candidate)
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content("{\"reason\": \"REMOVED\"}");
    var otherCell =
        mvc.post()
            .uri("/api/v1/candidates/{id}/former-membership", candidate)
            .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
            .contentType("application/json")
            .content("{\"leftOn\": \"2018-03-01\", \"reason\": \"REMOVED\"}");

    assertThat(barred).hasStatusOk();
    assertThat(incomplete).hasStatus(422);
    assertThat(otherCell).hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/candidates/{id}/eligibility", candidate)
                .with(httpBasic(OFFICE, Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$[?(@.name == 'readmission')].messageCode")
        .asArray()
        .containsExactly("development.check.readmissionBarred");
    assertThat(mvc.get().uri("/candidates/{id}", candidate).with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Đã từng là đảng viên: ra khỏi Đảng ngày 01/03/2018 (Tự ý bỏ sinh hoạt đảng)");
  }

  @Test
  void theOfficeDrivesACandidateThroughEveryStepOverTheApi() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long mentor =
        jdbc.sql(
                """
                select min(m.id) from member m where m.cell_id = :cell and m.status = 'OFFICIAL'
                  and m.status_since < '2025-01-01'
                """)
            .param("cell", cell)
            .query(Long.class)
            .single();
    var opened =
        mvc.post()
            .uri("/api/v1/candidates")
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content(
                """
                {"fullName": "Vừ A Dình", "sex": "MALE", "birthDate": "2001-01-01",
                 "ethnicityCode": 8, "educationGrade": 9, "ethnicArea": true, "cellId": %d,
                 "youthUnion": true,
                 "since": "2025-08-01", "birthPlace": "Bản Bẹ", "religion": "Không",
                 "phone": "0912345678"}
                """
                    .formatted(cell));
    assertThat(opened).hasStatus(201);
    long id = jdbc.sql("select max(id) from candidate").query(Long.class).single();

    step(id, "{\"kind\": \"INTRODUCED\", \"on\": \"2025-08-20\", \"note\": \"Đoàn Thanh niên\"}");
    step(
        id,
        """
        {"kind": "SYMPATHISER", "on": "2025-09-15", "decision": {"number": "04-NQ/CB"},
         "mentorId": %d}"""
            .formatted(mentor));
    step(id, "{\"kind\": \"COURSE_PASSED\", \"on\": \"2025-10-20\", \"certificate\": \"CN 77\"}");
    step(
        id,
        """
        {"kind": "DOSSIER", "on": "2026-01-10", "youthUnionResolution": true,
         "introducers": [{"memberId": %d, "monthsKnown": 24}]}"""
            .formatted(mentor));
    var eligibility =
        mvc.get()
            .uri("/api/v1/candidates/{id}/eligibility?on=2026-02-10", id)
            .with(httpBasic(OFFICE, Demo.PASSWORD));
    assertThat(eligibility).bodyJson().extractingPath("$[*].passed").asArray().containsOnly(true);
    var tooFew =
        mvc.post()
            .uri("/api/v1/candidates/{id}/steps?version={v}", id, version(id))
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content("{\"kind\": \"CELL_VOTE\", \"on\": \"2026-02-10\", \"votesFor\": 999}");
    assertThat(tooFew).hasStatus(422);
    assertThat(tooFew).bodyJson().extractingPath("$.code").isEqualTo("development.refused.votes");
    step(
        id,
        """
        {"kind": "CELL_VOTE", "on": "2026-02-10", "decision": {"number": "05-NQ/CB"},
         "votesFor": %d}"""
            .formatted(officialMembersOn(cell, "2026-02-10")));
    step(
        id,
        """
        {"kind": "DECISION", "on": "2026-03-20",
         "decision": {"number": "88-QĐ/ĐU", "issuer": "Đảng ủy xã Tà Xùa"}}""");
    var admitted = step(id, "{\"kind\": \"CEREMONY\", \"on\": \"2026-04-10\"}");

    assertThat(admitted).bodyJson().extractingPath("$.stage").isEqualTo("ADMITTED");
    assertThat(admitted).bodyJson().extractingPath("$.memberId").isNotNull();
    assertThat(
            jdbc.sql(
                    """
                    select m.birth_place, m.phone, m.status from member m
                    join candidate c on c.member_id = m.id where c.id = :id
                    """)
                .param("id", id)
                .query(
                    (rs, n) ->
                        rs.getString(1)
                            + " "
                            + personalData.open(rs.getString(2))
                            + " "
                            + rs.getString(3))
                .single())
        .isEqualTo("Bản Bẹ 0912345678 PROBATIONARY");
  }

  private int officialMembersOn(long cell, String on) {
    return jdbc.sql(
            """
            select count(*) from member m join lateral (
              select c.cell_id, c.to_status from member_status_change c
              where c.member_id = m.id and c.effective_on <= cast(:on as date)
              order by c.effective_on desc, c.id desc limit 1) c on true
            where c.cell_id = :cell and c.to_status = 'OFFICIAL'
            """)
        .param("cell", cell)
        .param("on", on)
        .query(Integer.class)
        .single();
  }

  private MvcTestResult step(long id, String body) {
    var result =
        mvc.post()
            .uri("/api/v1/candidates/{id}/steps?version={v}", id, version(id))
            .with(httpBasic(OFFICE, Demo.PASSWORD))
            .contentType("application/json")
            .content(body)
            .exchange();
    assertThat(result).hasStatusOk();
    return result;
  }

  private int version(long id) {
    return jdbc.sql("select version from candidate where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private long candidateNamed(String name) {
    return jdbc.sql("select id from candidate where full_name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
