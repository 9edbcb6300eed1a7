package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestCodes;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.identity.Role;

/**
 * An office worker turns on two-step verification on a phone, signs out, and signs in again with
 * the password and then the code (a wrong one first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorBrowserTests {

  private static final String USER = "vanphong.haibuoc";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired PasswordEncoder encoder;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void anOfficeWorkerTurnsItOnAndSignsInWithTheCode() throws Exception {
    accounts.save(
        UserAccount.create(
            USER,
            "Văn phòng thử hai bước",
            encoder.encode(Demo.PASSWORD),
            Role.COMMITTEE_OFFICE,
            demo.code("LC"),
            null,
            null,
            Instant.now()));
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn(USER, Demo.PASSWORD);
      browser.go("/account/password");
      browser.follow(By.cssSelector("a[href$='/account/second-factor']"));
      browser.follow(By.cssSelector("form[action$='/start'] button"));
      assertThat(browser.driver.findElement(By.cssSelector(".qr-box svg")).getSize().getWidth())
          .isGreaterThan(150);
      browser.screenshot("second-factor-setup-phone");

      browser.driver.findElement(By.id("code")).sendKeys(TestCodes.now(secret()));
      browser.follow(By.cssSelector("form[action$='/confirm'] button"));
      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
          .contains("Đã bật xác thực hai bước");

      browser.signOut();
      browser.go("/login");
      browser.driver.findElement(By.id("username")).sendKeys(USER);
      browser.driver.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
      browser.submit();
      assertThat(browser.driver.getCurrentUrl()).endsWith("/login/code");
      browser.go("/organizations");
      assertThat(browser.driver.getCurrentUrl()).endsWith("/login");

      browser.go("/login/code");
      browser
          .driver
          .findElement(By.id("code"))
          .sendKeys("000000".equals(TestCodes.next(secret())) ? "111111" : "000000");
      browser.submit();
      assertThat(browser.driver.findElement(By.cssSelector(".error-box")).getText())
          .contains("Mã không đúng");
      browser.screenshot("second-factor-code-phone");

      // the code used to turn it on is spent; the app's next code is taken
      browser.driver.findElement(By.id("code")).sendKeys(TestCodes.next(secret()));
      browser.submit();
      // the answer to the code must have come before the next page is asked for
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !d.getCurrentUrl().endsWith("/login/code"));
      browser.go("/organizations");
      assertThat(browser.driver.getCurrentUrl()).endsWith("/organizations");
    }
  }

  private byte[] secret() {
    return jdbc.sql(
            "select totp_secret from account_second_factor f join user_account a"
                + " on a.id = f.account_id where a.username = :u")
        .param("u", USER)
        .query(byte[].class)
        .single();
  }
}
