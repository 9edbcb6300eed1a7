package vn.dangbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/**
 * A member's rights over their record: they see who viewed it and who downloaded papers about them
 * or lists of their cell (not their own reads), download their own data as JSON and their member
 * sheet as PDF, and nobody else's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnRecordReadsTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void aMemberSeesWhoReadTheirRecordAndTakesTheirOwnData() {
    long own =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var secretary = users.signedIn("bithu.langcheu");
    assertThat(mvc.get().uri("/members/{id}", own).with(secretary)).hasStatusOk();
    assertThat(mvc.get().uri("/documents/phieu-dang-vien/pdf?subject={id}", own).with(secretary))
        .hasStatusOk();
    assertThat(mvc.get().uri("/members/export.xlsx?cell={c}", cell).with(secretary)).hasStatusOk();

    var member = users.signedIn("dangvien.langcheu");
    assertThat(mvc.get().uri("/members/me/data.json").with(member))
        .hasStatusOk()
        .hasHeader("Content-Disposition", "attachment; filename=\"du-lieu-cua-toi.json\"")
        .bodyJson()
        .extractingPath("$.member.member.id")
        .isEqualTo((int) own);
    assertThat(mvc.get().uri("/documents/phieu-dang-vien/pdf?subject={id}", own).with(member))
        .hasStatusOk()
        .bodyText()
        .startsWith("%PDF");

    assertThat(mvc.get().uri("/audit/mine").with(member))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Ai đã xem hồ sơ của tôi",
            "Sùng A Lử",
            "Xem hồ sơ",
            "Tải giấy tờ về đồng chí",
            "Tải danh sách của chi bộ")
        .doesNotContain("dangvien.langcheu");
    assertThat(
            mvc.get().uri("/api/v1/audit/mine").with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[*].actor")
        .asArray()
        .contains("bithu.langcheu")
        .doesNotContain("dangvien.langcheu");
  }

  @Test
  void nobodyElsesRecordOrReadsAreAMembers() {
    long other =
        jdbc.sql(
                """
                select min(id) from member where cell_id = :cell
                  and id <> (select member_id from user_account where username = 'dangvien.langcheu')
                """)
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    var member = users.signedIn("dangvien.langcheu");
    assertThat(mvc.get().uri("/documents/phieu-dang-vien/pdf?subject={id}", other).with(member))
        .hasStatus(404);
    assertThat(mvc.get().uri("/audit/mine").with(users.signedIn("bithu.langcheu")))
        .as("an account without a member record has no record to ask about")
        .hasStatus(404);
    assertThat(mvc.get().uri("/members/me/data.json").with(users.signedIn("vanphong.taxua")))
        .hasStatus(404);
  }
}
