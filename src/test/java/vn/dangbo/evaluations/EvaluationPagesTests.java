package vn.dangbo.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
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

/** The evaluation pages as each role sees them, and what they refuse. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class EvaluationPagesTests {

  @Autowired Evaluations evaluations;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  private long cycle(String code, int year) {
    return evaluations.yearCycle(demo.code(code), year).orElseThrow().id();
  }

  private long ownEvaluation(long cycle) {
    return jdbc.sql(
            """
            select e.id from evaluation e join user_account a on a.member_id = e.member_id
            where a.username = 'dangvien.langcheu' and e.cycle_id = :cycle
            """)
        .param("cycle", cycle)
        .query(Long.class)
        .single();
  }

  @Test
  void theOfficeSeesTheCycleWithTheCapAndTheFlaggedMember() {
    assertThat(
            mvc.get()
                .uri("/evaluations/{id}", cycle("LC", 2024))
                .with(users.signedIn("vanphong.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Đảng bộ xã Làng Chếu · 2024",
            "không quá 20% số hoàn thành tốt",
            "Xem xét đưa ra khỏi Đảng",
            "Chi bộ bản Khe Lóng");
    assertThat(mvc.get().uri("/evaluations").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Đảng bộ xã Tà Xùa · 2025", "Mở đợt đánh giá");
  }

  @Test
  void aMemberSeesOnlyTheirOwnFormAndAssessesThemself() {
    long cycle = cycle("TX", LocalDate.now().getYear());
    long own = ownEvaluation(cycle);
    jdbc.sql("delete from evaluation_step where evaluation_id = :id").param("id", own).update();
    int version = evaluations.find(own, OrganizationScope.all()).orElseThrow().version();

    assertThat(mvc.get().uri("/evaluations/{id}", cycle).with(users.signedIn("dangvien.langcheu")))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Hờ A Dơ");
    assertThat(
            mvc.get().uri("/evaluations/items/{id}", own).with(users.signedIn("dangvien.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Tự đánh giá", "Điểm tiêu chí chung (tối đa 30)", "Phải dự");
    assertThat(
            mvc.post()
                .uri("/evaluations/items/{id}", own)
                .with(users.signedIn("dangvien.langcheu"))
                .with(csrf())
                .param("step", "SELF")
                .param("version", String.valueOf(version))
                .param("generalPoints", "31")
                .param("taskPoints", "60"))
        .hasStatusOk()
        .bodyText()
        .contains("Điểm tiêu chí chung từ 0 đến 30");
    assertThat(
            mvc.post()
                .uri("/evaluations/items/{id}", own)
                .with(users.signedIn("dangvien.langcheu"))
                .with(csrf())
                .param("step", "SELF")
                .param("version", String.valueOf(version))
                .param("generalPoints", "28,5")
                .param("taskPoints", "62")
                .param("allTasksOnTime", "true")
                .param("exceedingPercent", "30"))
        .hasStatus3xxRedirection()
        .flash()
        .containsEntry("savedGrade", Grade.EXCELLENT);
  }

  @Test
  void aSecretaryOfAnotherCellGetsNotFound() {
    long cycle = cycle("TX", LocalDate.now().getYear());
    long own = ownEvaluation(cycle);
    assertThat(mvc.get().uri("/evaluations/items/{id}", own).with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/evaluations/{id}?cell={cell}", cycle, demo.named("Chi bộ bản Làng Chếu"))
                .with(users.signedIn("bithu.hangdong")))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Chi bộ bản Làng Chếu");
    assertThat(
            mvc.get()
                .uri("/evaluations/report?organization={id}", demo.code("LC"))
                .with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
  }

  @Test
  void theHistoryShowsTheYearsAndTheRewards() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    assertThat(
            mvc.get()
                .uri("/evaluations/history?organization={id}", cell)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Đảng bộ xã Làng Chếu · 2022", "Giấy khen", "Chi bộ hoàn thành xuất sắc nhiệm vụ 2024");
  }
}
