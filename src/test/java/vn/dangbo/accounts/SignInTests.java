package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.Role;

/** Signing in: lockout, CSRF, Vietnamese pages, and htmx after the session expired. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SignInTests {

  @Autowired MockMvcTester mvc;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired TestUsers users;

  @Test
  void signsInWithTheRightPassword() {
    var response =
        mvc.post()
            .uri("/login")
            .param("username", "bithu.langcheu")
            .param("password", Demo.PASSWORD)
            .with(csrf());

    assertThat(response).hasStatus3xxRedirection().hasRedirectedUrl("/");
  }

  @Test
  void locksTheAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
    openAccount("khoa.thu");
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("khoa.thu", "sai-mat-khau-" + i)).hasRedirectedUrl("/login?error=bad");
    }

    assertThat(signIn("khoa.thu", "Dung-mat-khau-1").getResponse().getRedirectedUrl())
        .matches("/login\\?error=locked&until=[0-2][0-9]:[0-5][0-9]");
    assertThat(accounts.findByUsername("khoa.thu").orElseThrow().isLocked(Instant.now())).isTrue();
  }

  @Test
  void theApiTellsALockedAccountUntilWhenAndWhomToCall() {
    openAccount("khoa.api");
    for (int i = 0; i < 5; i++) {
      signIn("khoa.api", "sai-mat-khau-" + i, "10.9.8.6");
    }

    var api =
        mvc.get()
            .uri("/api/v1/members/me")
            .with(
                org.springframework.security.test.web.servlet.request
                    .SecurityMockMvcRequestPostProcessors.httpBasic("khoa.api", "Dung-mat-khau-1"))
            .with(
                request -> {
                  request.setRemoteAddr("10.9.8.6");
                  return request;
                })
            .exchange();

    assertThat(api).hasStatus(401);
    assertThat(api).bodyJson().extractingPath("$.code").isEqualTo("ACCOUNT_LOCKED");
    assertThat(api)
        .bodyJson()
        .extractingPath("$.message")
        .asString()
        .matches("Tài khoản tạm khóa đến [0-2][0-9]:[0-5][0-9] .*")
        .contains("gọi văn phòng đảng ủy xã");
  }

  @Test
  void aNameNoAccountHasIsAnsweredExactlyAsAnAccountIsSoNoNameIsRevealed() {
    // from an address of its own, so that its failures do not make the tests' address wait
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("khong.ai.ten.nay", "sai-mat-khau-" + i, "10.9.8.7"))
          .hasRedirectedUrl("/login?error=bad");
    }

    assertThat(
            signIn("khong.ai.ten.nay", "Dung-mat-khau-1", "10.9.8.7")
                .getResponse()
                .getRedirectedUrl())
        .matches("/login\\?error=locked&until=[0-2][0-9]:[0-5][0-9]");
  }

  @Test
  void theLockedMessageSaysUntilWhenAndWhomToCall() {
    assertThat(mvc.get().uri("/login?error=locked&until=21:35"))
        .hasStatusOk()
        .bodyText()
        .contains("Tài khoản tạm khóa đến 21:35", "gọi văn phòng đảng ủy xã");
    // anything but a time of day is not shown
    assertThat(mvc.get().uri("/login?error=locked&until=ngay-mai"))
        .hasStatusOk()
        .bodyText()
        .contains("Tài khoản tạm khóa")
        .doesNotContain("ngay-mai");
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() {
    openAccount("xoa.dem");
    signIn("xoa.dem", "sai-1");
    signIn("xoa.dem", "sai-2");

    assertThat(signIn("xoa.dem", "Dung-mat-khau-1")).hasRedirectedUrl("/");
    assertThat(accounts.findByUsername("xoa.dem").orElseThrow().failedLogins()).isZero();
  }

  @Test
  void theLockedMessageIsInVietnamese() {
    assertThat(mvc.get().uri("/login?error=locked"))
        .hasStatusOk()
        .bodyText()
        .contains("Tài khoản tạm khóa");
  }

  @Test
  void refusesAFormWithoutItsCsrfToken() {
    var response =
        mvc.post()
            .uri("/account/password")
            .with(users.signedIn("bithu.langcheu"))
            .param("currentPassword", Demo.PASSWORD)
            .param("newPassword", "Mat-khau-moi-2026")
            .param("repeat", "Mat-khau-moi-2026");

    assertThat(response).hasStatus(403);
  }

  @Test
  void pagesAreInVietnameseByDefaultAndInEnglishOnRequest() {
    assertThat(mvc.get().uri("/login")).bodyText().contains("Đăng nhập", "Mật khẩu");
    assertThat(mvc.get().uri("/login?lang=en")).bodyText().contains("Log in", "Password");
  }

  @Test
  void anHtmxRequestWithoutASessionIsToldToReloadTheLoginPage() {
    var response = mvc.get().uri("/organizations").header("HX-Request", "true").exchange();

    assertThat(response).hasStatus(401).containsHeader("HX-Redirect");
    assertThat(response.getResponse().getHeader("HX-Redirect")).isEqualTo("/login");
  }

  @Test
  void anOrdinaryRequestWithoutASessionGoesToTheLoginPage() {
    assertThat(mvc.get().uri("/organizations")).hasStatus3xxRedirection();
  }

  @Test
  void refusesAWeakNewPasswordWithAVietnameseReason() {
    var response =
        mvc.post()
            .uri("/account/password")
            .with(users.signedIn("bithu.langcheu"))
            .with(csrf())
            .param("currentPassword", Demo.PASSWORD)
            .param("newPassword", "ngan1")
            .param("repeat", "ngan1");

    assertThat(response).hasStatusOk().bodyText().contains("Mật khẩu cần ít nhất 10 ký tự");
  }

  private void openAccount(String username) {
    accounts.save(
        UserAccount.create(
            username,
            "Người thử",
            encoder.encode("Dung-mat-khau-1"),
            Role.ADMINISTRATOR,
            null,
            null,
            null,
            Instant.now()));
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(
      String username, String password) {
    return signIn(username, password, "127.0.0.1");
  }

  private org.springframework.test.web.servlet.assertj.MvcTestResult signIn(
      String username, String password, String address) {
    return mvc.post()
        .uri("/login")
        .param("username", username)
        .param("password", password)
        .with(csrf())
        .with(
            request -> {
              request.setRemoteAddr(address);
              return request;
            })
        .exchange();
  }
}
