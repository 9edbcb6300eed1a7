package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/**
 * A member sees on a phone who viewed their record: the secretary opens it, then the member signs
 * in, opens "Ai đã xem hồ sơ của tôi" from the menu and finds the secretary there. The
 * administrator's page of the keys that seal personal data reads on a phone too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aMemberSeesWhoViewedTheirRecord() throws Exception {
    long own =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.go("/members/" + own);
      browser.signOut();

      browser.signIn("dangvien.langcheu", Demo.PASSWORD);
      browser.menu("Ai đã xem hồ sơ của tôi");
      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Ai đã xem hồ sơ của tôi");
      var table = browser.driver.findElement(By.cssSelector("table")).getText();
      assertThat(table).contains("Sùng A Lử", "Bí thư", "Xem hồ sơ");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .as("no sideways scrolling on a phone")
          .isLessThanOrEqualTo(0L);
      browser.screenshot("privacy-who-viewed-my-record-phone");
    }
  }

  @Test
  void theAdministratorSeesTheKeysAndThatEveryRowIsSealed() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("admin", Demo.PASSWORD);
      browser.go("/admin/protection");
      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Khóa bảo vệ dữ liệu cá nhân");
      var table = browser.driver.findElement(By.cssSelector("table")).getText();
      assertThat(table).contains("Khóa đang dùng", "tệp khóa");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .as("no sideways scrolling on a phone")
          .isLessThanOrEqualTo(0L);
      browser.screenshot("protection-keys-phone");
    }
  }
}
