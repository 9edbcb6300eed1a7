package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.TestSession;

/**
 * The second factor of administrators and offices: turned on with a code from the app, asked after
 * the password on the page and with every API call, used once, counted towards the lock, removed by
 * a manager, refused to other roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SecondFactorTests {

  private static final String OFFICE = "vanphong.langcheu";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired TestUsers users;
  @Autowired SecondFactors secondFactors;

  @Test
  void anOfficeTurnsItOnWithTheCodeItsAppShows() throws Exception {
    var start =
        mvc.post()
            .uri("/account/second-factor/start")
            .with(users.signedIn(OFFICE))
            .with(csrf())
            .exchange();
    assertThat(start).hasStatusOk().bodyText().contains("Xác thực hai bước", "Khóa:");
    assertThat(start.getResponse().getContentAsString()).contains("<svg", "class=\"qr\"");
    byte[] secret = secretOf(OFFICE);
    String key = Totp.base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
    assertThat(start).bodyText().contains(key);

    var wrong = confirm(wrongCode(secret));
    assertThat(wrong).hasStatusOk().bodyText().contains("Mã không đúng").contains(key);
    assertThat(isOn(OFFICE)).isFalse();

    assertThat(confirm(currentCode(secret))).hasRedirectedUrl("/account/second-factor");
    assertThat(isOn(OFFICE)).isTrue();
    assertThat(mvc.get().uri("/account/second-factor").with(users.signedIn(OFFICE)))
        .bodyText()
        .contains("Xác thực hai bước đang bật");
  }

  @Test
  void thePasswordAloneSignsNobodyIn() {
    byte[] secret = turnOn(OFFICE);
    var session = new TestSession();

    assertThat(signIn(session)).hasRedirectedUrl("/login/code");
    assertThat(session.exchange(mvc.get().uri("/organizations"))).hasStatus3xxRedirection();
    assertThat(session.exchange(mvc.get().uri("/login/code")))
        .hasStatusOk()
        .bodyText()
        .contains("Nhập mã xác thực");

    assertThat(code(session, wrongCode(secret))).hasStatusOk().bodyText().contains("Mã không đúng");
    assertThat(session.exchange(mvc.get().uri("/organizations"))).hasStatus3xxRedirection();

    assertThat(code(session, currentCode(secret))).hasRedirectedUrl("/");
    assertThat(session.exchange(mvc.get().uri("/organizations"))).hasStatusOk();
    assertThat(auditActions()).containsSubsequence("SIGN_IN_PASSWORD", "SIGN_IN_FAILED", "SIGN_IN");
  }

  @Test
  void aCodeSignsInOnlyOnce() {
    byte[] secret = turnOn(OFFICE);
    String code = currentCode(secret);
    var first = new TestSession();
    signIn(first);
    assertThat(code(first, code)).hasRedirectedUrl("/");

    var second = new TestSession();
    signIn(second);
    assertThat(code(second, code)).hasStatusOk().bodyText().contains("Mã không đúng hoặc đã dùng");
  }

  @Test
  void fiveWrongCodesLockTheAccountAndASecondPasswordDoesNotStartThemAfresh() {
    byte[] secret = turnOn(OFFICE);
    var session = new TestSession();
    signIn(session);
    for (int i = 0; i < 3; i++) {
      assertThat(code(session, wrongCode(secret))).hasStatusOk();
    }
    signIn(session); // the right password again must not clear the three wrong codes
    assertThat(code(session, wrongCode(secret))).hasStatusOk();

    assertThat(code(session, wrongCode(secret))).hasRedirectedUrl("/login?error=locked");
    assertThat(accounts.findByUsername(OFFICE).orElseThrow().isLocked(Instant.now())).isTrue();
    assertThat(signIn(new TestSession()).getResponse().getRedirectedUrl())
        .startsWith("/login?error=locked&until=");
  }

  @Test
  void theCodePageWithoutAPasswordFirstSendsBackToSignIn() {
    assertThat(mvc.get().uri("/login/code")).hasRedirectedUrl("/login?error=expired");
    assertThat(mvc.post().uri("/login/code").param("code", "123456").with(csrf()))
        .hasRedirectedUrl("/login?error=expired");
    assertThat(mvc.get().uri("/login?error=expired")).bodyText().contains("Hết thời gian nhập mã");
  }

  @Test
  void theApiAsksForTheCodeInAHeader() {
    byte[] secret = turnOn(OFFICE);

    var without = mvc.get().uri("/api/v1/organizations").with(httpBasic(OFFICE, Demo.PASSWORD));
    assertThat(without)
        .hasStatus(401)
        .bodyJson()
        .extractingPath("code")
        .isEqualTo("SECOND_FACTOR_REQUIRED");
    assertThat(without).bodyText().contains(SecondFactorSignIn.CODE_HEADER);

    assertThat(
            mvc.get()
                .uri("/api/v1/organizations")
                .with(httpBasic(OFFICE, Demo.PASSWORD))
                .header(SecondFactorSignIn.CODE_HEADER, wrongCode(secret)))
        .hasStatus(401);
    assertThat(accounts.findByUsername(OFFICE).orElseThrow().failedLogins()).isEqualTo(1);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations")
                .with(httpBasic(OFFICE, Demo.PASSWORD))
                .header(SecondFactorSignIn.CODE_HEADER, currentCode(secret)))
        .hasStatusOk();
    assertThat(accounts.findByUsername(OFFICE).orElseThrow().failedLogins()).isZero();
  }

  @Test
  void onlyAdministratorsAndOfficesMayTurnItOn() {
    for (String user : new String[] {"bithu.langcheu", "phutrach.my", "tinh.sonla"}) {
      assertThat(mvc.get().uri("/account/second-factor").with(users.signedIn(user))).hasStatus(403);
      assertThat(
              mvc.post()
                  .uri("/account/second-factor/start")
                  .with(users.signedIn(user))
                  .with(csrf()))
          .hasStatus(403);
    }
    assertThat(mvc.get().uri("/account/password").with(users.signedIn("bithu.langcheu")))
        .bodyText()
        .doesNotContain("Xác thực hai bước");
    assertThat(mvc.get().uri("/account/password").with(users.signedIn(OFFICE)))
        .bodyText()
        .contains("Xác thực hai bước");
  }

  @Test
  void theOwnerTurnsItOffWithACodeAndAManagerForALostPhone() {
    byte[] secret = turnOn(OFFICE);
    assertThat(
            mvc.post()
                .uri("/account/second-factor/off")
                .param("code", wrongCode(secret))
                .with(users.signedIn(OFFICE))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Mã không đúng");
    assertThat(isOn(OFFICE)).isTrue();
    assertThat(
            mvc.post()
                .uri("/account/second-factor/off")
                .param("code", currentCode(secret))
                .with(users.signedIn(OFFICE))
                .with(csrf()))
        .hasRedirectedUrl("/account/second-factor");
    assertThat(isOn(OFFICE)).isFalse();

    turnOn(OFFICE);
    long id = accounts.findByUsername(OFFICE).orElseThrow().id();
    assertThat(mvc.get().uri("/accounts/{id}", id).with(users.signedIn("admin")))
        .bodyText()
        .contains("Tắt xác thực hai bước");
    assertThat(
            mvc.post()
                .uri("/accounts/{id}/second-factor/off", id)
                .with(users.signedIn("admin"))
                .with(csrf()))
        .hasRedirectedUrl("/accounts/" + id);
    assertThat(isOn(OFFICE)).isFalse();
  }

  @Test
  void anOfficeCannotRemoveTheAdministratorsSecondFactor() {
    turnOn("admin");
    long admin = accounts.findByUsername("admin").orElseThrow().id();

    assertThat(
            mvc.post()
                .uri("/accounts/{id}/second-factor/off", admin)
                .with(users.signedIn(OFFICE))
                .with(csrf()))
        .hasStatus4xxClientError();
    assertThat(isOn("admin")).isTrue();
  }

  @Test
  void theKeyIsNeitherInTheAuditTrailNorOnTheAccountsPage() {
    byte[] secret = turnOn(OFFICE);
    String key = Totp.base32(secret);
    String hex = java.util.HexFormat.of().formatHex(secret);

    var lines =
        jdbc.sql("select coalesce(before::text, '') || coalesce(after::text, '') from audit_log")
            .query(String.class)
            .list();
    assertThat(String.join("\n", lines)).doesNotContain(hex).doesNotContain(key);
    long id = accounts.findByUsername(OFFICE).orElseThrow().id();
    assertThat(mvc.get().uri("/accounts/{id}", id).with(users.signedIn("admin")))
        .bodyText()
        .doesNotContain(key.substring(0, 8));
  }

  private MockMvcTester.MockMvcRequestBuilder confirm(String code) {
    return mvc.post()
        .uri("/account/second-factor/confirm")
        .param("code", code)
        .with(users.signedIn(OFFICE))
        .with(csrf());
  }

  private MvcTestResult signIn(TestSession session) {
    return session.exchange(
        mvc.post()
            .uri("/login")
            .param("username", OFFICE)
            .param("password", Demo.PASSWORD)
            .with(csrf()));
  }

  private MvcTestResult code(TestSession session, String code) {
    return session.exchange(mvc.post().uri("/login/code").param("code", code).with(csrf()));
  }

  /** Turns the second factor on as the pages would, and gives the key the app holds. */
  private byte[] turnOn(String username) {
    long id = accounts.findByUsername(username).orElseThrow().id();
    byte[] secret = Totp.newSecret();
    jdbc.sql(
            "insert into account_second_factor (account_id, totp_secret, confirmed_at)"
                + " values (:id, :secret, now()) on conflict (account_id) do update"
                + " set totp_secret = :secret, confirmed_at = now(), last_step = null")
        .param("id", id)
        .param("secret", secret)
        .update();
    return secret;
  }

  private byte[] secretOf(String username) {
    return jdbc.sql(
            "select totp_secret from account_second_factor f join user_account a"
                + " on a.id = f.account_id where a.username = :u")
        .param("u", username)
        .query(byte[].class)
        .single();
  }

  private boolean isOn(String username) {
    return secondFactors.isOn(accounts.findByUsername(username).orElseThrow().id());
  }

  private java.util.List<String> auditActions() {
    return jdbc.sql("select action from audit_log where actor = :u order by id")
        .param("u", OFFICE)
        .query(String.class)
        .list();
  }

  private static String currentCode(byte[] secret) {
    return Totp.code(secret, Totp.stepAt(Instant.now()));
  }

  /** A code of none of the three steps taken around now. */
  private static String wrongCode(byte[] secret) {
    long step = Totp.stepAt(Instant.now());
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate);
      if (Totp.matchingStep(secret, code, Instant.now()) < 0
          && !code.equals(Totp.code(secret, step + 2))) {
        return code;
      }
    }
  }
}
