package vn.dangbo.organization.web;

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
import vn.dangbo.organization.Organizations;

/** The organisation pages: each form saves what is valid and re-renders with the reason if not. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OrganizationPagesTests {

  private static final String OFFICE = "vanphong.taxua";
  private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

  @Autowired MockMvcTester mvc;
  @Autowired Demo demo;
  @Autowired TestUsers users;
  @Autowired Organizations organizations;
  @Autowired JdbcClient jdbc;

  @Test
  void detailPageShowsFiguresPlacesApprovalChainAndHistory() {
    var page =
        mvc.get()
            .uri("/organizations/{id}", demo.named("Chi bộ bản Làng Chếu"))
            .with(users.signedIn(OFFICE));

    assertThat(page)
        .hasStatusOk()
        .bodyText()
        .contains(
            "Chi bộ bản Làng Chếu",
            "Bản Làng Chếu",
            "Quyết định kết nạp: Đảng bộ xã Tà Xùa",
            "Lịch sử",
            "Hợp nhất",
            "1681/NQ-UBTVQH15");
  }

  @Test
  void theTreeAnswersAnHtmxRequestWithTheTreeAlone() {
    var fragment =
        mvc.get()
            .uri("/organizations?on=2024-12-31")
            .header("HX-Request", "true")
            .with(users.signedIn("tinh.sonla"));

    assertThat(fragment)
        .hasStatusOk()
        .bodyText()
        .contains("Đảng bộ huyện Bắc Yên")
        .doesNotContain("<html");
    assertThat(mvc.get().uri("/organizations").with(users.signedIn("tinh.sonla")))
        .bodyText()
        .contains("<html")
        .doesNotContain("Đảng bộ huyện Bắc Yên");
  }

  @Test
  void renamesACellFromTheForm() {
    long cell = demo.named("Chi bộ bản Bẹ");
    var response =
        mvc.post()
            .uri("/organizations/{id}/change", cell)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("action", "RENAME")
            .param("name", "Chi bộ bản Bẹ A")
            .param("on", NEXT_MONTH.toString())
            .param("decisionNumber", "20-QĐ/ĐU");

    assertThat(response).hasStatus3xxRedirection();
    assertThat(organizations.findOn(cell, NEXT_MONTH, OrganizationScope.all()).orElseThrow().name())
        .isEqualTo("Chi bộ bản Bẹ A");
  }

  @Test
  void aRefusedRenameShowsTheReasonAndWritesNothing() {
    long cell = demo.named("Chi bộ bản Bẹ");
    int versions = versionsOf(cell);

    var response =
        mvc.post()
            .uri("/organizations/{id}/change", cell)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("action", "RENAME")
            .param("name", "  ")
            .param("on", NEXT_MONTH.toString());

    assertThat(response).hasStatusOk().bodyText().contains("Cần nhập tên.");
    assertThat(versionsOf(cell)).isEqualTo(versions);
  }

  @Test
  void anImpossibleDateIsRefusedWithAVietnameseMessage() {
    var response =
        mvc.post()
            .uri("/organizations/{id}/change", demo.named("Chi bộ bản Bẹ"))
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("action", "RENAME")
            .param("name", "Chi bộ bản Bẹ B")
            .param("on", "2025-02-30");

    assertThat(response).hasStatus(400).bodyText().contains("Ngày không hợp lệ");
  }

  @Test
  void aCellSecretaryCannotOpenTheRenameFormOfTheirOwnCell() {
    var response =
        mvc.get()
            .uri("/organizations/{id}/change?action=RENAME", demo.named("Chi bộ bản Làng Chếu"))
            .with(users.signedIn("bithu.langcheu"));
    var post =
        mvc.post()
            .uri("/organizations/{id}/change", demo.named("Chi bộ bản Làng Chếu"))
            .with(users.signedIn("bithu.langcheu"))
            .with(csrf())
            .param("action", "RENAME")
            .param("name", "Tên khác")
            .param("on", NEXT_MONTH.toString());

    assertThat(response).hasStatusOk();
    assertThat(post).hasStatus(403).bodyText().contains("Bạn không có quyền");
  }

  @Test
  void foundsANewCellUnderTheCommune() {
    long taXua = demo.code("TX");
    var response =
        mvc.post()
            .uri("/organizations/new?parent={id}", taXua)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("name", "Chi bộ bản Chống Tà")
            .param("kind", "CELL")
            .param("cellType", "VILLAGE")
            .param("on", NEXT_MONTH.toString());

    assertThat(response).hasStatus3xxRedirection();
    assertThat(organizations.childrenOn(taXua, NEXT_MONTH))
        .extracting(n -> n.name())
        .contains("Chi bộ bản Chống Tà");
  }

  @Test
  void splitsACommuneFromTheForm() {
    long province = demo.code("SL");
    var on = NEXT_MONTH;
    long taXua = demo.code("TX");
    var children = organizations.childrenOn(taXua, on);
    var request =
        mvc.post()
            .uri("/organizations/{id}/split", taXua)
            .with(users.signedIn("admin"))
            .with(csrf())
            .param("name1", "Đảng bộ xã Tà Xùa Bắc")
            .param("name2", "Đảng bộ xã Tà Xùa Nam")
            .param("on", on.toString());
    for (int i = 0; i < children.size(); i++) {
      request.param("part-" + children.get(i).id(), i % 2 == 0 ? "1" : "2");
    }

    assertThat(request).hasStatus3xxRedirection();
    assertThat(organizations.childrenOn(province, on))
        .extracting(n -> n.name())
        .contains("Đảng bộ xã Tà Xùa Bắc", "Đảng bộ xã Tà Xùa Nam")
        .doesNotContain("Đảng bộ xã Tà Xùa");
  }

  @Test
  void theMergeFormRefusesASingleOrganization() {
    var response =
        mvc.post()
            .uri("/organizations/merge")
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("organizationIds", String.valueOf(demo.named("Chi bộ bản Bẹ")))
            .param("name", "Chi bộ mới")
            .param("kind", "CELL")
            .param("cellType", "VILLAGE")
            .param("parentId", String.valueOf(demo.code("TX")))
            .param("on", NEXT_MONTH.toString());

    assertThat(response).hasStatusOk().bodyText().contains("ít nhất hai tổ chức");
  }

  @Test
  void mergesTwoCellsFromTheForm() {
    long taXua = demo.code("TX");
    var response =
        mvc.post()
            .uri("/organizations/merge")
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("organizationIds", String.valueOf(demo.named("Chi bộ bản Bẹ")))
            .param("organizationIds", String.valueOf(demo.named("Chi bộ bản Tà Xùa")))
            .param("name", "Chi bộ bản Tà Xùa - Bẹ")
            .param("kind", "CELL")
            .param("cellType", "VILLAGE")
            .param("parentId", String.valueOf(taXua))
            .param("on", NEXT_MONTH.toString());

    assertThat(response).hasStatus3xxRedirection();
    assertThat(organizations.childrenOn(taXua, NEXT_MONTH))
        .extracting(n -> n.name())
        .contains("Chi bộ bản Tà Xùa - Bẹ")
        .doesNotContain("Chi bộ bản Bẹ");
  }

  @Test
  void configuresAnApprovalChainFromTheForm() {
    long taXua = demo.code("TX");
    var form = mvc.get().uri("/organizations/{id}/approval", taXua).with(users.signedIn(OFFICE));
    assertThat(form).hasStatusOk().bodyText().contains("Bước 3");

    var response =
        mvc.post()
            .uri("/organizations/{id}/approval", taXua)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("validFrom", NEXT_MONTH.toString())
            .param("legalBasis", "Hướng dẫn thử")
            .param("action1", "RESOLUTION")
            .param("organization1", String.valueOf(taXua))
            .param("action2", "DECISION")
            .param("organization2", String.valueOf(demo.code("SL")));

    assertThat(response).hasStatus3xxRedirection();
    var page =
        mvc.get()
            .uri("/organizations/{id}?on={on}", demo.named("Chi bộ bản Bẹ"), NEXT_MONTH)
            .with(users.signedIn(OFFICE));
    assertThat(page).bodyText().contains("Quyết định kết nạp: Đảng bộ tỉnh Sơn La");
  }

  @Test
  void anApprovalChainWithoutADecisionIsRefused() {
    var response =
        mvc.post()
            .uri("/organizations/{id}/approval", demo.code("TX"))
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("validFrom", NEXT_MONTH.toString())
            .param("legalBasis", "Hướng dẫn thử")
            .param("action1", "RESOLUTION")
            .param("organization1", String.valueOf(demo.code("TX")));

    assertThat(response).hasStatusOk().bodyText().contains("đúng một bước ra quyết định");
  }

  @Test
  void recordsAPlaceAndChangesItsCellWithHtmx() {
    long taXua = demo.code("TX");
    assertThat(mvc.get().uri("/organizations/{id}/places", taXua).with(users.signedIn(OFFICE)))
        .hasStatusOk()
        .bodyText()
        .contains("Bản Chống Tà");

    var added =
        mvc.post()
            .uri("/organizations/{id}/places", taXua)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("name", "Điểm trường Háng Chơ")
            .param("kind", "SCHOOL")
            .param("from", LocalDate.now().toString());
    assertThat(added).hasStatus3xxRedirection();
    long place =
        jdbc.sql("select id from place where name = 'Điểm trường Háng Chơ'")
            .query(Long.class)
            .single();

    var row =
        mvc.post()
            .uri("/places/{id}/service", place)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .header("HX-Request", "true")
            .param("cellId", String.valueOf(demo.named("Chi bộ bản Phình Hồ")))
            .param("from", NEXT_MONTH.toString());

    assertThat(row).hasStatusOk().bodyText().startsWith("<tr").contains("Đã lưu.");
  }

  @Test
  void appointsACommitteeMemberAndAssignsACell() {
    long taXua = demo.code("TX");
    var appointed =
        mvc.post()
            .uri("/organizations/{id}/committee/appoint", taXua)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("fullName", "Sình A Tủa")
            .param("position", "MEMBER")
            .param("from", LocalDate.now().toString());
    assertThat(appointed).hasStatus3xxRedirection();
    long member =
        jdbc.sql("select id from committee_member where full_name = 'Sình A Tủa'")
            .query(Long.class)
            .single();

    var assigned =
        mvc.post()
            .uri("/organizations/{id}/committee/assign", taXua)
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .param("committeeMemberId", String.valueOf(member))
            .param("cellId", String.valueOf(demo.named("Chi bộ bản Bẹ")))
            .param("from", LocalDate.now().toString());

    assertThat(assigned).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/organizations/{id}/committee", taXua).with(users.signedIn(OFFICE)))
        .bodyText()
        .contains("Sình A Tủa");
  }

  private int versionsOf(long id) {
    return jdbc.sql("select count(*) from organization_version where organization_id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }
}
