package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/** A cell secretary on a phone finds a member by typing without accents and opens the record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MemberBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void searchesWithoutAccentsAndOpensTheRecord() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.go("/members");
      var first = browser.driver.findElement(By.cssSelector("#member-results tbody a"));
      String name = first.getText();
      String plain = vn.dangbo.shared.PersonName.searchKey(name);

      browser.driver.findElement(By.id("q")).sendKeys(plain);
      // the results are replaced after each pause in the typing: wait for those with the name
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .ignoring(StaleElementReferenceException.class)
          .until(
              d ->
                  d.getCurrentUrl().contains("q=")
                      && d.findElement(By.id("member-results")).getText().contains(name));
      browser.settle();
      browser.screenshot("members-search-phone");
      assertThat(browser.driver.findElement(By.id("member-results")).getText()).contains(name);

      browser.follow(By.linkText(name));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(
              d ->
                  d.findElements(By.tagName("h1")).stream()
                      .anyMatch(h -> h.getText().equals(name)));
      assertThat(browser.driver.getPageSource()).contains("Năm tuổi đảng", "Lịch sử trạng thái");
      browser.screenshot("member-record-phone");
    }
  }

  @Test
  void aMemberOpensTheirOwnRecordAndTheOfficeSeesTheMoveAndTransferForms() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("dangvien.langcheu", Demo.PASSWORD);
      browser.menu("Hồ sơ của tôi");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Năm tuổi đảng"));
      assertThat(browser.driver.getPageSource()).doesNotContain("Thay đổi trạng thái");
      browser.screenshot("member-own-record-phone");
    }
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.go("/members");
      browser.follow(By.cssSelector("#member-results tbody a"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Chuyển sang chi bộ khác"));
      assertThat(browser.driver.getPageSource()).contains("Tài khoản của đảng viên");
      browser.screenshot("member-record-office-desktop");
      browser.go("/members/transfers-in?citizenId=014000000000");
      assertThat(browser.driver.getPageSource()).contains("Mở hồ sơ mới");
      browser.screenshot("member-transfer-in-desktop");
    }
  }

  @Test
  void aSecretaryAddsAMemberAfterBeingToldWhatIsWrong() throws Exception {
    String name = "Thào A Thêm " + (System.nanoTime() % 100_000);
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.menu("Đảng viên");
      browser.follow(By.linkText("Thêm đảng viên"));
      browser.driver.findElement(By.id("fullName")).sendKeys(name);
      browser.date("birthDate", LocalDate.of(1990, 3, 8));
      browser.driver.findElement(By.id("citizenId")).sendKeys("01409000");
      // joining today: the demo's figures of past days, which other tests count, stay as they were
      browser.date("since", LocalDate.now());
      browser.submit();

      assertThat(browser.driver.findElement(By.cssSelector(".field-error, .error-box")).getText())
          .contains("phải có đúng 12 chữ số");
      assertThat(browser.driver.findElement(By.id("fullName")).getDomProperty("value"))
          .as("what was typed is kept")
          .isEqualTo(name);
      browser.screenshot("member-new-refused-phone");

      var citizenId = browser.driver.findElement(By.id("citizenId"));
      citizenId.clear();
      citizenId.sendKeys("014090" + String.format("%06d", System.nanoTime() % 1_000_000));
      browser.submit();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.tagName("h1")).getText().equals(name));
      assertThat(browser.driver.getPageSource()).contains("Chi bộ bản Làng Chếu");
      browser.screenshot("member-new-saved-phone");
    } finally {
      // the cell's voters and head counts of today are counted by other tests: leave them as found
      jdbc.sql(
              """
              delete from member_status_change
              where member_id in (select id from member where full_name = :name)""")
          .param("name", name)
          .update();
      jdbc.sql("delete from member where full_name = :name").param("name", name).update();
    }
  }

  @Test
  void aSearchAfterTheSessionExpiredLeadsToTheLoginPageNotIntoTheList() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.go("/members");
      browser.driver.manage().deleteCookieNamed("SESSION");

      browser.driver.findElement(By.id("q")).sendKeys("giang");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("/login"));
      assertThat(browser.driver.findElements(By.cssSelector("header.top"))).hasSize(1);
      assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
    }
  }
}
