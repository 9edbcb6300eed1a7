package vn.dangbo.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/**
 * What a phone may keep: the pages of the signed-in user's own cells, from every module that has
 * some, and nothing of another cell or for a user who manages no cell.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfflineReadingTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  @Test
  void aSecretaryKeepsTheirCellsPagesFromEveryModuleAndNoOtherCells() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long other = demo.named("Chi bộ bản Háng Đồng");
    long candidate =
        jdbc.sql(
                "select min(id) from candidate where cell_id = :cell"
                    + " and stage in ('SOURCE', 'OUTSTANDING', 'SYMPATHISER')")
            .param("cell", cell)
            .query(Long.class)
            .single();

    var pages = mvc.get().uri("/offline/pages").with(users.signedIn("bithu.langcheu"));

    assertThat(pages)
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.pages")
        .asArray()
        .contains(
            "/",
            "/offline",
            "/members?cell=" + cell,
            "/candidates?cell=" + cell,
            "/candidates/" + candidate,
            "/dues?cell=" + cell)
        .noneMatch(path -> path.toString().endsWith("cell=" + other));
    assertThat(mvc.get().uri("/offline").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Lưu để dùng khi mất sóng", "Chi bộ bản Làng Chếu");
  }

  @Test
  void anOfficeOrAMemberManagesNoCellAndKeepsNothing() {
    for (String username : new String[] {"vanphong.taxua", "dangvien.langcheu", "tinh.sonla"}) {
      assertThat(mvc.get().uri("/offline/pages").with(users.signedIn(username)))
          .as(username)
          .hasStatusOk()
          .bodyJson()
          .extractingPath("$.pages")
          .asArray()
          .isEmpty();
    }
    assertThat(mvc.get().uri("/offline").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("không quản lý chi bộ nào");
  }
}
