package vn.dangbo.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/** Evaluation cycles against PostgreSQL with the demo commune: who, which step by whom, the cap. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvaluationsTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final int THIS_YEAR = LocalDate.now().getYear();

  @Autowired Evaluations evaluations;

  @Autowired vn.dangbo.evaluations.EvaluationCycles evaluationCycles;

  @Autowired vn.dangbo.evaluations.EvaluationSteps evaluationSteps;
  @Autowired MemberRegistry registry;
  @Autowired vn.dangbo.members.StatusDecisions statusDecisions;
  @Autowired Members members;
  @Autowired RuleBook rules;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  /** A first-half-of-2024 review of Làng Chếu, graded by criteria (before QĐ 366). */
  private long langCheuHalf2024() {
    return evaluationCycles.open(
        new Evaluations.CycleRequest(
            demo.code("LC"),
            PeriodKind.AD_HOC,
            2024,
            null,
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 6, 30),
            "Đánh giá 6 tháng đầu năm 2024",
            null,
            null,
            null),
        ALL,
        "test");
  }

  /** An ad hoc review of Tà Xùa this year, scored on 100 points. */
  private long taXuaThisYear() {
    return evaluationCycles.open(
        new Evaluations.CycleRequest(
            demo.code("TX"),
            PeriodKind.AD_HOC,
            THIS_YEAR,
            null,
            LocalDate.of(THIS_YEAR, 1, 1),
            LocalDate.of(THIS_YEAR, 6, 30),
            null,
            null,
            null,
            null),
        ALL,
        "test");
  }

  private static Assessment chosen(Grade grade) {
    return new Assessment(null, null, true, null, null, false, true, grade, null);
  }

  private void step(long evaluation, Step step, Assessment a) {
    int version = evaluations.find(evaluation, ALL).orElseThrow().version();
    evaluationSteps.record(evaluation, step, version, a, ALL, "test");
  }

  private void upToProposal(long evaluation, Grade grade) {
    step(evaluation, Step.SELF, chosen(grade));
    step(evaluation, Step.PROPOSAL, chosen(grade));
  }

  @Test
  void exemptedMembersAreLeftOutAndThoseAttachedElsewhereAreIn() {
    var officials =
        jdbc.sql(
                """
                select p.id from member p where p.status = 'OFFICIAL' and p.cell_id = :cell
                  and (select max(c.effective_on) from member_status_change c
                       where c.member_id = p.id) < '2023-01-01'
                order by p.id limit 2
                """)
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .list();
    long exempted = officials.get(0);
    long attached = officials.get(1);
    var on = LocalDate.of(2024, 3, 1);
    statusDecisions.changeStatus(
        exempted,
        version(exempted),
        MemberStatus.EXEMPTED,
        on,
        DecisionRef.NONE,
        "Tuổi cao",
        ALL,
        "t");
    statusDecisions.changeStatus(
        attached,
        version(attached),
        MemberStatus.ATTACHED_ELSEWHERE,
        on,
        LocalDate.of(2025, 3, 1),
        DecisionRef.NONE,
        "Đi làm ở Mộc Châu",
        ALL,
        "t");

    var listed = evaluations.evaluations(langCheuHalf2024(), null, ALL);

    assertThat(listed).extracting(Evaluation::memberId).doesNotContain(exempted).contains(attached);
    assertThat(listed.stream().filter(e -> !e.isMember()))
        .extracting(Evaluation::name)
        .contains("Đảng bộ xã Làng Chếu", "Chi bộ bản Làng Chếu")
        .hasSize(15);
  }

  @Test
  void theCapOnExcellentIsRefusedAtTheLimitNamingTheRule() {
    long cycle = langCheuHalf2024();
    var six =
        evaluations.evaluations(cycle, demo.named("Chi bộ bản Làng Chếu"), ALL).stream()
            .filter(Evaluation::isMember)
            .limit(7)
            .toList();
    six.forEach(e -> upToProposal(e.id(), Grade.GOOD));
    for (int i = 0; i < 5; i++) {
      step(six.get(i).id(), Step.DECISION, chosen(Grade.GOOD));
    }

    step(six.get(5).id(), Step.DECISION, chosen(Grade.EXCELLENT)); // 1 of 20% of 5

    assertThatThrownBy(() -> step(six.get(6).id(), Step.DECISION, chosen(Grade.EXCELLENT)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("evaluation.refused.cap");
              assertThat(e.rule()).isEqualTo("evaluation.excellent.capPercentOfGood");
              assertThat(e.arguments()).startsWith(2, 1, 5);
            });
    // taking a good grade away would also break the cap
    assertThatThrownBy(() -> step(six.get(0).id(), Step.DECISION, chosen(Grade.COMPLETED)))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.cap");
    var cap = evaluations.cap(evaluations.cycle(cycle, ALL).orElseThrow());
    assertThat(cap).extracting(Cap::good, Cap::excellent, Cap::allowed).containsExactly(5, 1, 1);
  }

  @Test
  void eachStepIsRecordedOnlyByItsRoleAndInOrder() {
    long cycle = taXuaThisYear();
    long own =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    var mine =
        evaluations.evaluations(cycle, null, ALL).stream()
            .filter(e -> e.isMember() && e.memberId() == own)
            .findFirst()
            .orElseThrow();
    var someoneElse =
        evaluations.evaluations(cycle, mine.cellId(), ALL).stream()
            .filter(e -> e.isMember() && e.memberId() != own)
            .findFirst()
            .orElseThrow();
    String points =
        """
        {"step": "%s", "version": %d, "generalPoints": 26, "taskPoints": 58.5,
         "allTasksOnTime": true, "exceedingPercent": 10, "comment": "Tự nhận xét"}
        """;

    assertThat(put(mine.id(), "dangvien.langcheu", points.formatted("PROPOSAL", 0))).hasStatus(403);
    assertThat(put(someoneElse.id(), "dangvien.langcheu", points.formatted("SELF", 0)))
        .hasStatus(404);
    assertThat(put(mine.id(), "bithu.langcheu", points.formatted("DECISION", 0))).hasStatus(403);
    assertThat(put(mine.id(), "dangvien.langcheu", points.formatted("SELF", 0)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.steps.SELF.grade")
        .isEqualTo("GOOD");
    assertThat(put(mine.id(), "bithu.hangdong", points.formatted("PROPOSAL", 1))).hasStatus(404);
    assertThat(put(mine.id(), "bithu.langcheu", points.formatted("SELF", 1)))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("evaluation.refused.selfOfAnother");
    assertThat(put(mine.id(), "bithu.langcheu", points.formatted("PROPOSAL", 1))).hasStatusOk();
    assertThat(put(mine.id(), "bithu.langcheu", points.formatted("DECISION", 2))).hasStatus(403);
    assertThat(put(mine.id(), "dangvien.langcheu", points.formatted("SELF", 2)))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("evaluation.refused.laterStep");
    assertThat(put(mine.id(), "vanphong.taxua", points.formatted("DECISION", 2)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.steps.DECISION.total")
        .isEqualTo(84.5);
    assertThat(put(mine.id(), "vanphong.taxua", points.formatted("DECISION", 2))).hasStatus(409);
  }

  @Test
  void eachYearIsJudgedByTheRulesOfItsOwnPeriod() {
    long byCriteria = langCheuHalf2024();
    long scored = taXuaThisYear();
    rules.add(
        new Rule(
            RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD,
            LocalDate.of(THIS_YEAR, 1, 1),
            "10",
            "Thử nghiệm: hướng dẫn mới giảm tỷ lệ",
            true),
        "test");
    var before = first(byCriteria);
    var after = first(scored);

    assertThatThrownBy(
            () ->
                step(
                    before,
                    Step.SELF,
                    new Assessment(
                        BigDecimal.valueOf(28),
                        BigDecimal.valueOf(65),
                        true,
                        40,
                        0,
                        false,
                        true,
                        null,
                        null)))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.gradeNeeded");
    assertThatThrownBy(() -> step(after, Step.SELF, chosen(Grade.GOOD)))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.pointsNeeded");
    assertThat(evaluations.cap(evaluations.cycle(byCriteria, ALL).orElseThrow()).percent())
        .isEqualTo(20);
    assertThat(evaluations.cap(evaluations.cycle(scored, ALL).orElseThrow()).percent())
        .isEqualTo(10);
  }

  @Test
  void aClosedCycleChangesNoMoreAndClosesOnlyWhenEveryoneIsDecided() {
    long cycle = langCheuHalf2024();
    assertThatThrownBy(() -> evaluationCycles.close(cycle, ALL))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.undecided");
    for (var e : evaluations.evaluations(cycle, null, ALL)) {
      upToProposal(e.id(), Grade.GOOD);
      step(e.id(), Step.DECISION, chosen(Grade.GOOD));
    }
    evaluationCycles.close(cycle, ALL);
    long any = first(cycle);

    assertThatThrownBy(() -> step(any, Step.DECISION, chosen(Grade.COMPLETED)))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.closed");
  }

  @Test
  void langCheuIn2024GradesEveryCellAndMemberWithinTheCapAndFlagsTwoYearsNotCompleted() {
    long langCheu = demo.code("LC");
    int counted =
        jdbc.sql(
                """
                select count(*) from evaluation e join evaluation_cycle c on c.id = e.cycle_id
                where c.organization_id = :lc and c.year = 2024 and c.period_kind = 'YEAR'
                  and e.member_id is not null
                """)
            .param("lc", langCheu)
            .query(Integer.class)
            .single();

    var body =
        assertThat(
                mvc.get()
                    .uri("/api/v1/organizations/{id}/grades?year=2024", langCheu)
                    .with(httpBasic("vanphong.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();

    body.extractingPath("$.organizations.length()").isEqualTo(15);
    body.extractingPath("$.members.length()").isEqualTo(counted);
    body.extractingPath("$.members[?(@.grade == null)]").asArray().isEmpty();
    body.extractingPath("$.members[?(@.removalReview == true)]").asArray().hasSize(1);
    var grades =
        mvc.get()
            .uri("/api/v1/organizations/{id}/grades?year=2024", langCheu)
            .with(httpBasic("vanphong.langcheu", Demo.PASSWORD))
            .exchange();
    assertThat(grades).bodyJson().extractingPath("$.cap.excellent").asNumber().isNotEqualTo(0);
    assertThat(grades)
        .bodyJson()
        .satisfies(
            json ->
                assertThat(
                        com.jayway.jsonpath.JsonPath.<Integer>read(
                            json.getJson(), "$.cap.excellent"))
                    .isLessThanOrEqualTo(
                        com.jayway.jsonpath.JsonPath.<Integer>read(
                            json.getJson(), "$.cap.allowed")));
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/grades?year=2024", langCheu)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri(
                    "/api/v1/organizations/{id}/grades?year=2024",
                    demo.named("Chi bộ bản Làng Chếu"))
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.members[*].cellName")
        .asArray()
        .containsOnly("Chi bộ bản Làng Chếu");
  }

  @Test
  void theGradeReportComesAsAPageAWorkbookAndAPdf() throws Exception {
    long langCheu = demo.code("LC");
    assertThat(
            mvc.get()
                .uri("/evaluations/report?organization={id}&from=2022&to=2024", langCheu)
                .with(users.signedIn("vanphong.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Thống kê xếp loại", "Chi bộ bản Khe Lóng", "Hoàn thành xuất sắc nhiệm vụ");

    var xlsx =
        mvc.get()
            .uri("/api/v1/organizations/{id}/grade-report?from=2022&to=2024&format=xlsx", langCheu)
            .with(httpBasic("vanphong.langcheu", Demo.PASSWORD))
            .exchange();
    assertThat(xlsx).hasStatusOk();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
      assertThat(
              List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
          .containsExactly("Theo năm", "Theo chi bộ", "Danh sách xếp loại năm 2024");
      var list = workbook.getSheetAt(2);
      assertThat(list.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Xếp loại");
      assertThat(list.getLastRowNum()).isGreaterThan(50);
    }

    var pdf =
        mvc.get()
            .uri("/evaluations/report.pdf?organization={id}&from=2022&to=2024", langCheu)
            .with(users.signedIn("vanphong.langcheu"))
            .exchange();
    assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
    try (var document =
        org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("Thống kê xếp loại", "Danh sách xếp loại năm 2024", "Không hoàn thành");
    }
  }

  @Test
  void rewardsAndTheGradeHistoryOfAMember() {
    long own =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    assertThat(
            mvc.post()
                .uri("/api/v1/rewards")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType("application/json")
                .content(
                    """
                    {"memberId": %d, "year": 2025, "title": "Giấy khen",
                     "issuer": "Đảng ủy xã Tà Xùa", "reason": "Vận động quần chúng"}
                    """
                        .formatted(own)))
        .hasStatus(201);
    assertThat(
            mvc.post()
                .uri("/api/v1/rewards")
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
                .contentType("application/json")
                .content(
                    """
                    {"memberId": %d, "year": 2025, "title": "x", "issuer": "y"}
                    """
                        .formatted(own)))
        .hasStatus(404);

    var history =
        assertThat(
                mvc.get()
                    .uri("/api/v1/evaluations/history?member={id}", own)
                    .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    history.extractingPath("$.grades[*].year").asArray().contains(2022, 2023, 2024, 2025);
    history.extractingPath("$.rewards[*].reason").asArray().contains("Vận động quần chúng");
    assertThat(
            mvc.get()
                .uri("/api/v1/evaluations/history?member={id}", own)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
  }

  private long first(long cycle) {
    return evaluations.evaluations(cycle, null, ALL).stream()
        .filter(Evaluation::isMember)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private int version(long member) {
    return members.find(member, ALL).orElseThrow().version();
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult put(
      long evaluation, String user, String body) {
    return mvc.put()
        .uri("/api/v1/evaluations/{id}", evaluation)
        .with(httpBasic(user, Demo.PASSWORD))
        .contentType("application/json")
        .content(body)
        .exchange();
  }
}
