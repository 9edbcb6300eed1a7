package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/**
 * A cell secretary on a phone plans yesterday's meeting and records attendance with a few taps; the
 * attaches the resolution to study; the office reads the commune's month-by-month grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeetingBrowserTests {

  @LocalServerPort int port;

  @Test
  void aSecretaryRecordsAttendanceOnAPhoneAndTheOfficeSeesTheGrid() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.menu("Sinh hoạt chi bộ");
      browser.driver.findElement(By.id("topic")).sendKeys("Sinh hoạt thường kỳ tháng 11");
      browser.driver.executeScript(
          "document.getElementById('heldOn').value = arguments[0]",
          LocalDate.now().minusDays(1).toString());
      browser.submit();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Lưu điểm danh"));
      var radios = browser.driver.findElements(By.cssSelector("input[type=radio][value=EXCUSED]"));
      radios.get(0).click();
      browser.screenshot("meeting-attendance-phone");
      browser.follow(By.cssSelector("form.attendance button[type=submit]"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đã lưu điểm danh."));
      assertThat(browser.driver.getPageSource()).contains("Dự sinh hoạt");

      Path agenda = Files.createTempFile("nghi-quyet", ".pdf");
      Files.writeString(agenda, "%PDF-1.4\n1 0 obj\n");
      browser.driver.findElement(By.id("document")).sendKeys(agenda.toString());
      browser.follow(By.cssSelector("form[enctype] button[type=submit]"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đã đính kèm tài liệu."));
      assertThat(browser.driver.findElement(By.partialLinkText("nghi-quyet")).getText())
          .endsWith(".pdf");
      browser.screenshot("meeting-documents-phone");
      Files.delete(agenda);

      browser.driver.findElement(By.id("chair")).sendKeys("Vàng A Chua");
      browser.driver.findElement(By.id("secretary")).sendKeys("Lò Thị Hoa");
      browser.driver.findElement(By.id("conclusions")).sendKeys("Chi bộ thống nhất kế hoạch.");
      browser.follow(By.cssSelector("form[action$='/minutes'] button"));
      // the old page's message may be found just before the answer replaces it
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.cssSelector(".flash")).getText().contains("biên bản"));
      browser.follow(By.cssSelector("form[action$='/close'] button"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đã khóa biên bản"));
      assertThat(browser.driver.getPageSource()).contains("Chi bộ thống nhất kế hoạch.");
      browser.screenshot("meeting-closed-phone");
      String pdf =
          browser.driver.findElement(By.linkText("In biên bản (PDF)")).getDomAttribute("href");
      var file = browser.fetch(pdf);
      assertThat(file).containsEntry("status", 200L).containsEntry("head", "%PDF");
      assertThat((String) file.get("type")).isEqualTo("application/pdf");
    }
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.langcheu", Demo.PASSWORD);
      browser.go("/meetings/compliance?year=2023");
      assertThat(browser.driver.getPageSource()).contains("Chi bộ bản Khe Lóng", "–");
      browser.screenshot("meeting-compliance-2023-desktop");
    }
  }
}
