package vn.dangbo.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.identity.Role;

/** Account managers open, change and lock accounts in the UI, within their subtree. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccountPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired UserAccounts accounts;
  @Autowired Demo demo;

  @Test
  void anOfficeOpensACellSecretaryAccountWhoCanThenSignIn() {
    var response =
        mvc.post()
            .uri("/accounts/new")
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("username", "bithu.be")
            .param("displayName", "Vàng A Của")
            .param("password", "Matkhau-bi-thu-1")
            .param("role", "CELL_SECRETARY")
            .param("organizationId", String.valueOf(demo.named("Chi bộ bản Bẹ")));

    assertThat(response).hasStatus3xxRedirection();
    assertThat(accounts.findByUsername("bithu.be").orElseThrow().role())
        .isEqualTo(Role.CELL_SECRETARY);
    assertThat(
            mvc.get().uri("/api/v1/organizations").with(httpBasic("bithu.be", "Matkhau-bi-thu-1")))
        .bodyJson()
        .extractingPath("$[0].name")
        .isEqualTo("Chi bộ bản Bẹ");
  }

  @Test
  void aTakenUsernameOrWeakPasswordIsRefusedAndNothingIsSaved() {
    long before = accounts.count();
    var taken =
        mvc.post()
            .uri("/accounts/new")
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("username", "bithu.langcheu")
            .param("displayName", "Trùng tên")
            .param("password", "Matkhau-bi-thu-1")
            .param("role", "CELL_SECRETARY")
            .param("organizationId", String.valueOf(demo.named("Chi bộ bản Bẹ")));
    var weak =
        mvc.post()
            .uri("/accounts/new")
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("username", "bithu.moi")
            .param("displayName", "Mật khẩu yếu")
            .param("password", "abcdefghijk")
            .param("role", "CELL_SECRETARY")
            .param("organizationId", String.valueOf(demo.named("Chi bộ bản Bẹ")));

    assertThat(taken).hasStatusOk().bodyText().contains("đã có người dùng");
    assertThat(weak).hasStatusOk().bodyText().contains("cả chữ và số");
    assertThat(accounts.count()).isEqualTo(before);
  }

  @Test
  void lockingAnAccountStopsItsApiAccessAtOnce() {
    long id = accounts.findByUsername("bithu.hangdong").orElseThrow().id();

    var locked =
        mvc.post().uri("/accounts/{id}/enable", id).with(users.signedIn("admin")).with(csrf());

    assertThat(locked).hasStatus3xxRedirection();
    assertThat(accounts.findById(id).orElseThrow().enabled()).isFalse();
    assertThat(
            mvc.get().uri("/api/v1/organizations").with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(401);
  }

  @Test
  void anOfficeCannotEditAnAccountOutsideItsSubtree() {
    long outside = accounts.findByUsername("tinh.sonla").orElseThrow().id();

    assertThat(mvc.get().uri("/accounts/{id}", outside).with(users.signedIn("vanphong.taxua")))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/accounts/{id}/password", outside)
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf())
                .param("password", "Matkhau-moi-12345"))
        .hasStatus(404);
  }

  @Test
  void aManagerCannotResetAPasswordToAPublishedDefault() {
    long id = accounts.findByUsername("bithu.langcheu").orElseThrow().id();

    var response =
        mvc.post()
            .uri("/accounts/{id}/password", id)
            .with(users.signedIn("vanphong.taxua"))
            .with(csrf())
            .param("password", "Doi-mat-khau-1");

    assertThat(response).hasStatusOk().bodyText().contains("Không dùng mật khẩu mặc định");
  }

  @Test
  void theAccountPagesRender() {
    long id = accounts.findByUsername("bithu.langcheu").orElseThrow().id();

    assertThat(mvc.get().uri("/accounts").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("bithu.langcheu", "Chi bộ bản Làng Chếu");
    assertThat(mvc.get().uri("/accounts/new").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Hờ Thị Mỷ");
    assertThat(mvc.get().uri("/accounts/{id}", id).with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Đặt lại mật khẩu");
  }

  @Test
  void changesOwnPassword() {
    var response =
        mvc.post()
            .uri("/account/password")
            .with(users.signedIn("dangvien.langcheu"))
            .with(csrf())
            .param("currentPassword", Demo.PASSWORD)
            .param("newPassword", "Mat-khau-rieng-2026")
            .param("repeat", "Mat-khau-rieng-2026");

    assertThat(response).hasStatus3xxRedirection();
    assertThat(
            mvc.get().uri("/api/v1/me").with(httpBasic("dangvien.langcheu", "Mat-khau-rieng-2026")))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.role")
        .isEqualTo("MEMBER");
  }
}
