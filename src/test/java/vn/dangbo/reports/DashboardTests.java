package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.dangbo.development.Stage;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.OrganizationScope;

/** Every figure of the dashboard against a direct count on the database, for the demo commune. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DashboardTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate ON = Demo.BEFORE_MERGER;
  private static final LocalDate SINCE = LocalDate.of(2006, 1, 1);

  /** Each member's cell and status on {@link #ON}, straight from the history. */
  private static final String STATE =
      """
      with state as (
        select distinct on (c.member_id) c.member_id, c.cell_id, c.to_status
        from member_status_change c where c.effective_on <= :on
        order by c.member_id, c.effective_on desc, c.id desc)
      """;

  @Autowired Dashboards dashboards;
  @Autowired UnitSummaries summaries;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  private int count(String sql) {
    return jdbc.sql(STATE + sql)
        .param("on", ON)
        .param("org", demo.code("LC"))
        .query(Integer.class)
        .single();
  }

  private static final String IN_LC =
      """
      s.cell_id in (select v.organization_id from organization_version v
        where v.parent_id = :org and v.valid_from <= :on and (v.valid_to is null or v.valid_to > :on))
      and s.to_status in ('OFFICIAL', 'PROBATIONARY', 'EXEMPTED', 'TEMPORARILY_EXEMPTED',
        'ATTACHED_ELSEWHERE')
      """;

  @Test
  void theMemberFiguresEqualDirectCounts() {
    var d = dashboards.of(demo.code("LC"), ON, SINCE, ALL);

    assertThat(d.members().total())
        .isEqualTo(count("select count(*) from state s where " + IN_LC))
        .isEqualTo(92);
    assertThat(d.members().official())
        .isEqualTo(
            count("select count(*) from state s where s.to_status = 'OFFICIAL' and " + IN_LC));
    assertThat(d.members().probationary()).isEqualTo(14);
    assertThat(d.members().women())
        .isEqualTo(
            count(
                "select count(*) from state s join member m on m.id = s.member_id"
                    + " where m.sex = 'FEMALE' and "
                    + IN_LC));
    assertThat(d.members().byEthnicity().get("Mông"))
        .isEqualTo(
            count(
                "select count(*) from state s join member m on m.id = s.member_id"
                    + " join ethnicity e on e.code = m.ethnicity_code where e.name = 'Mông' and "
                    + IN_LC));
    assertThat(d.members().byEducation().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(92);
    assertThat(d.members().byEducation().get("UPPER_SECONDARY"))
        .isEqualTo(
            count(
                "select count(*) from state s join member m on m.id = s.member_id"
                    + " where m.general_education like '12/%' and "
                    + IN_LC));
    assertThat(d.cells()).hasSize(14);
    assertThat(d.cells().stream().mapToInt(Dashboard.CellMembers::total).sum()).isEqualTo(92);
    var perCell = new HashMap<Long, Integer>();
    jdbc.sql(
            STATE
                + "select s.cell_id, count(*) as n from state s where "
                + IN_LC
                + " group by s.cell_id")
        .param("on", ON)
        .param("org", demo.code("LC"))
        .query(
            rs -> {
              perCell.put(rs.getLong("cell_id"), rs.getInt("n"));
            });
    d.cells()
        .forEach(
            c ->
                assertThat(c.total())
                    .as(c.cellName())
                    .isEqualTo(perCell.getOrDefault(c.cellId(), 0)));
  }

  @Test
  void theDevelopmentFiguresEqualDirectCounts() {
    // a past day is counted from the steps, today from the candidates' stages (Làng Chếu is part
    // of Tà Xùa since 2025)
    for (var commune : List.of(Map.entry("LC", ON), Map.entry("TX", LocalDate.now()))) {
      LocalDate on = commune.getValue();
      var pipeline = dashboards.of(demo.code(commune.getKey()), on, SINCE, ALL).pipeline();
      var stages = new HashMap<String, Integer>();
      jdbc.sql(
              """
              select stage, count(*) as n from (
                select distinct on (s.candidate_id) s.to_stage as stage, s.cell_id
                from candidate_step s where s.on_date <= :on
                order by s.candidate_id, s.on_date desc, s.id desc) latest
              where latest.cell_id in (select v.organization_id from organization_version v
                where v.parent_id = :org)
              group by stage
              """)
          .param("on", on)
          .param("org", demo.code(commune.getKey()))
          .query(
              rs -> {
                stages.put(rs.getString("stage"), rs.getInt("n"));
              });
      assertThat(pipeline.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
      for (Map.Entry<Stage, Integer> e : pipeline.entrySet()) {
        assertThat(e.getValue())
            .as("%s on %s", e.getKey(), on)
            .isEqualTo(stages.getOrDefault(e.getKey().name(), 0));
      }
    }
    var d = dashboards.of(demo.code("LC"), ON, SINCE, ALL);
    int admitted =
        jdbc.sql(
                """
                select count(distinct s.candidate_id) from candidate_step s
                where s.kind = 'CEREMONY' and s.on_date between :since and :on
                  and s.cell_id in (select v.organization_id from organization_version v
                    where v.parent_id = :org)
                """)
            .param("since", SINCE)
            .param("on", ON)
            .param("org", demo.code("LC"))
            .query(Integer.class)
            .single();
    assertThat(d.funnel().admitted()).isEqualTo(admitted).isGreaterThan(30);
    // the admitted by source, counted with the steps in one query
    var admittedBy =
        jdbc.sql(
                """
                select count(*) filter (where c.youth_union) as "youthUnion",
                  count(*) filter (where c.sex = 'FEMALE') as "women",
                  count(*) filter (where c.ethnicity_code <> 1) as "ethnicMinority"
                from candidate c where c.id in (select s.candidate_id from candidate_step s
                  where s.kind = 'CEREMONY' and s.on_date between :since and :on
                    and s.cell_id in (select v.organization_id from organization_version v
                      where v.parent_id = :org))
                """)
            .param("since", SINCE)
            .param("on", ON)
            .param("org", demo.code("LC"))
            .query(
                (rs, n) ->
                    Map.of(
                        "youthUnion",
                        rs.getInt(1),
                        "women",
                        rs.getInt(2),
                        "ethnicMinority",
                        rs.getInt(3)))
            .single();
    assertThat(admittedBy.get("ethnicMinority")).isPositive();
    assertThat(d.funnel().admittedByCategory()).containsAllEntriesOf(admittedBy);
    assertThat(d.funnel().admittedBySex().getOrDefault("FEMALE", 0))
        .isEqualTo(admittedBy.get("women"));
    assertThat(d.funnel().course()).isGreaterThan(70);
    assertThat(d.coverage())
        .extracting(Dashboard.CoverageYear::year)
        .containsExactly(2020, 2021, 2022, 2023, 2024);
    for (var year : d.coverage()) {
      var summary = summaries.of(demo.code("LC"), LocalDate.of(year.year(), 12, 31), ALL);
      assertThat(year.withoutMembers())
          .as("%d", year.year())
          .isEqualTo(summary.placesWithoutMembers().size());
      assertThat(year.withoutCell()).isEqualTo(summary.coverage().withoutCell());
    }
    assertThat(d.meetings()).hasSize(14).allSatisfy(m -> assertThat(m.monthsSoFar()).isEqualTo(12));
    assertThat(d.grades().years())
        .anySatisfy(y -> assertThat(y.members().total()).isEqualTo(92 - exempted()));
  }

  private int exempted() {
    return count(
        "select count(*) from state s where s.to_status in ('EXEMPTED', 'TEMPORARILY_EXEMPTED') and "
            + IN_LC);
  }

  @Test
  void eachMembersCurrentCellAndStatusAreTheirLatestHistoryEntryAndEachEntryEndsAtTheNext() {
    int differing =
        jdbc.sql(
                """
                select count(*) from member m join lateral (
                  select c.cell_id, c.to_status from member_status_change c
                  where c.member_id = m.id order by c.effective_on desc, c.id desc limit 1) c
                  on true
                where c.cell_id <> m.cell_id or c.to_status <> m.status
                """)
            .query(Integer.class)
            .single();
    assertThat(differing).isZero();
    int wrongRanges =
        jdbc.sql(
                """
                select count(*) from (
                  select valid_until, lead(effective_on) over (
                    partition by member_id order by effective_on, id) as next_on
                  from member_status_change) c
                where c.valid_until is distinct from c.next_on
                """)
            .query(Integer.class)
            .single();
    assertThat(wrongRanges).as("entries whose range does not end at the next entry").isZero();
    // today's figures, read from the members, against the history: GeneratedDashboardTests
  }

  @Test
  void thePageDrawsTheChartsWithTheSameFiguresAsTheApi() {
    long lc = demo.code("LC");
    var api =
        assertThat(
                mvc.get()
                    .uri("/api/v1/organizations/{id}/dashboard?on=2024-12-31&since=2006-01-01", lc)
                    .with(httpBasic("vanphong.langcheu", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    api.extractingPath("$.members.total").isEqualTo(92);
    api.extractingPath("$.cells.length()").isEqualTo(14);

    assertThat(
            mvc.get()
                .uri("/organizations/{id}/dashboard?on=2024-12-31&since=2006-01-01", lc)
                .with(users.signedIn("vanphong.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains(
            "<svg", "Đảng viên từng chi bộ", "Từ nguồn đến kết nạp", "<th scope=\"row\">Mông</th>");
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/dashboard", lc)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/organizations/{id}/dashboard", demo.named("Chi bộ bản Làng Chếu"))
                .with(users.signedIn("dangvien.langcheu")))
        .hasStatus(404);
  }

  @Test
  void theWorkbookHasASheetPerChartWithThePagesFigures() throws Exception {
    long lc = demo.code("LC");
    var result =
        mvc.get()
            .uri("/organizations/{id}/dashboard.xlsx?on=2024-12-31&since=2006-01-01", lc)
            .with(users.signedIn("vanphong.langcheu"))
            .exchange();
    assertThat(result).hasStatusOk().hasContentType(Downloads.XLSX);
    assertThat(result.getResponse().getHeader("Content-Disposition"))
        .contains("tong-quan-" + lc + "-2024-12-31.xlsx");
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(11);
      var members = workbook.getSheetAt(0);
      assertThat(members.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Đảng viên chính thức, dự bị, nữ");
      assertThat(members.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Số");
      double officialAndProbationary =
          members.getRow(1).getCell(1).getNumericCellValue()
              + members.getRow(2).getCell(1).getNumericCellValue();
      var cells = workbook.getSheet("Đảng viên từng chi bộ");
      assertThat(cells.getLastRowNum()).isEqualTo(14);
      double total = 0;
      for (int r = 1; r <= cells.getLastRowNum(); r++) {
        total += cells.getRow(r).getCell(3).getNumericCellValue();
      }
      assertThat(total).isEqualTo(officialAndProbationary).isGreaterThan(50);
    }
    assertThat(
            mvc.get()
                .uri("/organizations/{id}/dashboard.xlsx", lc)
                .with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
  }

  @Test
  void aboveACommuneThePageAddsUpTheCellsOfEachUnitDirectlyBelow() throws Exception {
    long district = demo.code("BY");
    long lc = demo.code("LC");
    var d = dashboards.of(district, ON, SINCE, ALL);
    assertThat(d.units())
        .extracting(Dashboard.Unit::id)
        .containsExactlyInAnyOrder(lc, demo.code("HD"), demo.code("TXC"));
    assertThat(d.units().stream().flatMap(u -> u.cellIds().stream()))
        .as("every cell in exactly one unit")
        .containsExactlyInAnyOrderElementsOf(
            d.cells().stream().map(Dashboard.CellMembers::cellId).toList());
    var commune = dashboards.of(lc, ON, SINCE, ALL);
    assertThat(commune.units()).isEmpty();
    assertThat(d.units().stream().filter(u -> u.id() == lc).findFirst().orElseThrow().cellIds())
        .containsExactlyInAnyOrderElementsOf(
            commune.cells().stream().map(Dashboard.CellMembers::cellId).toList())
        .hasSize(14);

    assertThat(
            mvc.get()
                .uri("/organizations/{id}/dashboard?on=2024-12-31", district)
                .with(users.signedIn("admin")))
        .hasStatusOk()
        .bodyText()
        .contains("Đảng viên từng đơn vị trực thuộc", "<th scope=\"row\">Đảng bộ xã Làng Chếu</th>")
        .doesNotContain("Đảng viên từng chi bộ");
    var result =
        mvc.get()
            .uri("/organizations/{id}/dashboard.xlsx?on=2024-12-31", district)
            .with(users.signedIn("admin"))
            .exchange();
    try (var workbook =
        new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      var units = workbook.getSheetAt(4);
      assertThat(units.getLastRowNum()).isEqualTo(3);
      double lcTotal = -1;
      for (int r = 1; r <= 3; r++) {
        if (units.getRow(r).getCell(0).getStringCellValue().equals("Đảng bộ xã Làng Chếu")) {
          lcTotal = units.getRow(r).getCell(3).getNumericCellValue();
        }
      }
      assertThat(lcTotal)
          .as("Làng Chếu's row adds up its cells")
          .isEqualTo(commune.members().official() + commune.members().probationary());
    }
  }
}
