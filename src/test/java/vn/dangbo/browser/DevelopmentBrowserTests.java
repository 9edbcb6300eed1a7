package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/**
 * A cell secretary on a phone adds a young person to the source and takes them through the steps to
 * the dossier, where an introducer who has known them too briefly is refused with the rule and its
 * legal basis; the office then finds the person on the commune's board.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevelopmentBrowserTests {

  @LocalServerPort int port;

  @Test
  void aSecretaryTakesACandidateToTheDossierAndSeesARefusalWithItsRule() throws Exception {
    LocalDate today = LocalDate.now();
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.menu("Phát triển đảng viên");
      browser.screenshot("development-board-phone");
      browser.follow(By.linkText("Thêm người vào nguồn"));
      browser.driver.findElement(By.id("fullName")).sendKeys("Tráng A Khua Thử");
      browser.date("birthDate", LocalDate.of(2003, 7, 14));
      browser.driver.findElement(By.id("educationGrade")).sendKeys("9");
      browser.driver.findElement(By.cssSelector("input[type=checkbox][name=youthUnion]")).click();
      browser.date("since", today.minusMonths(14));
      browser.screenshot("development-new-phone");
      submit(browser);
      waitFor(browser, "Tráng A Khua Thử");

      step(browser, "Đoàn thể giới thiệu quần chúng ưu tú", today.minusMonths(13));
      browser.driver.findElement(By.id("note")).sendKeys("Đoàn Thanh niên xã Tà Xùa");
      submit(browser);
      waitFor(browser, "Đã ghi bước.");

      step(browser, "Chi bộ công nhận cảm tình Đảng, phân công giúp đỡ", today.minusMonths(10));
      browser.driver.findElement(By.id("decisionNumber")).sendKeys("09-NQ/CB");
      submit(browser);
      waitFor(browser, "Đã ghi bước.");

      step(browser, "Học xong lớp nhận thức về Đảng", today.minusMonths(4));
      browser.driver.findElement(By.id("certificate")).sendKeys("CN-NTVĐ 1207");
      submit(browser);
      waitFor(browser, "Đã ghi bước.");

      step(browser, "Hoàn thành hồ sơ, người giới thiệu", today.minusDays(7));
      browser.driver.findElement(By.id("firstMonths")).sendKeys("6");
      browser
          .driver
          .findElement(By.cssSelector("input[type=checkbox][name=youthUnionResolution]"))
          .click();
      submit(browser);
      waitFor(browser, "cần ít nhất 12 tháng");
      assertThat(browser.driver.findElement(By.cssSelector(".error-box")).getText())
          .contains("6 tháng", "12 tháng", "Quy định 294-QĐ/TW");
      browser.screenshot("development-refusal-phone");

      var months = browser.driver.findElement(By.id("firstMonths"));
      months.clear();
      months.sendKeys("30");
      submit(browser);
      waitFor(browser, "Đã ghi bước.");
      assertThat(browser.driver.getPageSource())
          .contains("Đã hoàn thành hồ sơ", "Điều kiện kết nạp");

      step(browser, "Chi bộ biểu quyết đề nghị kết nạp", today.minusDays(3));
      String hint = browser.driver.findElement(By.cssSelector("form p.hint")).getText();
      String voters = hint.replaceAll("^\\D*(\\d+).*$", "$1");
      browser.driver.findElement(By.id("decisionNumber")).sendKeys("11-NQ/CB");
      browser.driver.findElement(By.id("votesFor")).sendKeys(voters);
      browser.screenshot("development-cell-vote-phone");
      submit(browser);
      waitFor(browser, "Đã ghi bước.");
      assertThat(browser.driver.findElement(By.cssSelector("p .tag")).getText())
          .isEqualTo("Chi bộ đã đề nghị kết nạp");
      browser.screenshot("development-timeline-phone");
    }
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.go("/candidates");
      assertThat(browser.driver.getPageSource()).contains("Tráng A Khua Thử", "Hờ Thị Nhìa");
      browser.screenshot("development-board-office-desktop");
      browser.follow(By.linkText("Tráng A Khua Thử"));
      step(browser, "Quyết định kết nạp", today.minusDays(1));
      browser.driver.findElement(By.id("decisionNumber")).sendKeys("120-QĐ/ĐU");
      browser.driver.findElement(By.id("decisionIssuer")).sendKeys("Đảng ủy xã Tà Xùa");
      submit(browser);
      waitFor(browser, "Đã có quyết định kết nạp");
      step(browser, "Lễ kết nạp", today);
      submit(browser);
      waitFor(browser, "Xem hồ sơ đảng viên");
      browser.screenshot("development-admitted-desktop");
      browser.go("/candidates/quotas");
      browser.screenshot("development-quotas-desktop");
      browser.go("/rules");
      // a committee office reads the rules; only an administrator adds a value
      assertThat(browser.driver.getPageSource())
          .contains("Tỷ lệ đảng viên chính thức của chi bộ đồng ý")
          .doesNotContain("Thêm giá trị mới của một quy định");
      browser.screenshot("rules-desktop");
    }
  }

  private static void step(Browser browser, String name, LocalDate on) {
    browser.follow(By.linkText(name));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("form[action*='/steps'] #on")).isEmpty());
    browser.date("on", on);
  }

  /** Submits the one visible form of the page (the step form, or the new person's form). */
  private static void submit(Browser browser) {
    browser.follow(
        browser.driver.findElements(By.cssSelector("form.stack button[type=submit]")).stream()
            .filter(b -> b.isDisplayed())
            .findFirst()
            .orElseThrow());
  }

  /** Waits for the text; on a timeout, leaves a screenshot of what the page showed instead. */
  private static void waitFor(Browser browser, String text) throws Exception {
    try {
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      browser.screenshot("development-failed");
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target/screenshots/development-failed.html"),
          browser.driver.getPageSource() + "\n<!-- " + browser.driver.getCurrentUrl() + " -->");
      throw e;
    }
  }
}
