package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.dangbo.protection.PersonalData;

/**
 * The anonymisation of people who left the pipeline, on the demo commune: the dry run names them
 * and changes nothing; the run removes their identifying data from the record and the audit trail,
 * and every count is the same before and after; the trail stays append-only otherwise.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AnonymisationTests {

  @Autowired Anonymisation anonymisation;
  @Autowired DevelopmentFigures figures;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Test
  void theDryRunNamesThemTheRunForgetsThemAndTheCountsStay() {
    var today = LocalDate.now();
    long commune = demo.code("TX");
    // a person of the demo who left the pipeline two and a half years ago
    long left =
        jdbc.sql("select min(id) from candidate where stage not in ('ADMITTED', 'LEFT')")
            .query(Long.class)
            .single();
    String citizenId = personalData.seal("014095000123");
    String phone = personalData.seal("0912345678");
    jdbc.sql(
            """
            update candidate set stage = 'LEFT', stage_since = :left, citizen_id = :citizenId,
              citizen_id_lookup = :lookup, phone = :phone, residence = :residence where id = :id
            """)
        .param("left", today.minusMonths(30))
        .param("citizenId", citizenId)
        .param("lookup", personalData.lookup("014095000123"))
        .param("phone", phone)
        .param("residence", personalData.seal("Bản Làng Chếu"))
        .param("id", left)
        .update();
    String name =
        jdbc.sql("select full_name from candidate where id = :id")
            .param("id", left)
            .query(String.class)
            .single();
    var countsBefore = counts();
    var funnelBefore = figures.funnel(commune, today.minusYears(30), today, ALL);

    var report = anonymisation.report(ALL);
    assertThat(report.retentionMonths()).isEqualTo(24);
    assertThat(report.lines()).extracting(Anonymisation.Line::candidateId).contains(left);
    assertThat(nameOf(left)).as("the dry run changes nothing").isEqualTo(name);
    assertThat(
            anonymisation.report(
                OrganizationScope.readOnly(java.util.Set.of(), java.util.Set.of())))
        .extracting(r -> r.lines().size())
        .as("nobody's cells, nobody to anonymise")
        .isEqualTo(0);

    assertThat(anonymisation.run(ALL)).isEqualTo(report.lines().size());

    var row =
        jdbc.sql(
                "select full_name, citizen_id, phone, residence, anonymised_on from candidate"
                    + " where id = :id")
            .param("id", left)
            .query()
            .singleRow();
    assertThat(row.get("full_name")).isEqualTo("Người đã ẩn danh");
    assertThat(row.get("citizen_id")).isNull();
    assertThat(row.get("phone")).isNull();
    assertThat(row.get("residence")).isNull();
    assertThat(row.get("anonymised_on")).isNotNull();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_log,
                      lateral (select coalesce(before::text, '') || coalesce(after::text, '')) t(s)
                    where record_type = 'candidate' and record_id = :id
                      and (strpos(t.s, :name) > 0 or strpos(t.s, :citizenId) > 0
                           or strpos(t.s, :phone) > 0)
                    """)
                .param("id", String.valueOf(left))
                .param("name", name)
                .param("citizenId", citizenId)
                .param("phone", phone)
                .query(Integer.class)
                .single())
        .as("the trail keeps no identifying value")
        .isZero();
    assertThat(counts()).as("the counts by cell, year, stage and group").isEqualTo(countsBefore);
    assertThat(figures.funnel(commune, today.minusYears(30), today, ALL)).isEqualTo(funnelBefore);
    assertThat(anonymisation.report(ALL).lines()).isEmpty();

    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update audit_log set actor = 'x' where id = (select max(id) from audit_log)")
                    .update())
        .as("the trail stays append-only")
        .rootCause()
        .hasMessageContaining("append-only");
  }

  @Test
  void theOfficeSeesTheDryRunAndOthersDoNot() {
    assertThat(mvc.get().uri("/candidates/anonymisation").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Ẩn danh người đã dừng bồi dưỡng");
    assertThat(mvc.get().uri("/candidates/anonymisation").with(users.signedIn("bithu.langcheu")))
        .hasStatus(403);
  }

  private List<Map<String, Object>> counts() {
    return jdbc.sql(
            """
            select cell_id, stage, extract(year from stage_since) as year, sex, ethnicity_code,
              education_grade, youth_union, militia, teacher, health_worker, village_official,
              extract(year from birth_date) as born, count(*) as n
            from candidate group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 order by 1, 2, 3, 4, 5, 6,
              7, 8, 9, 10, 11, 12
            """)
        .query()
        .listOfRows();
  }

  private String nameOf(long id) {
    return jdbc.sql("select full_name from candidate where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
