package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/**
 * The commune office enters data for the Làng Chếu cell's secretary on a phone: the banner says so
 * on every page, and the audit page shows the change with both names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditBrowserTests {

  @LocalServerPort int port;

  @Test
  void theOfficeEntersForASecretaryAndTheTrailSaysSo() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.size(360, 800);
      browser.go("/audit");
      new Select(browser.driver.findElement(By.id("account"))).selectByValue("bithu.langcheu");
      browser.follow(By.cssSelector("form[action$='/audit/on-behalf'] button"));
      assertThat(browser.driver.findElement(By.cssSelector("form.on-behalf")).getText())
          .contains("Đang nhập thay cho bithu.langcheu");
      browser.screenshot("audit-on-behalf-phone");

      browser.go("/calendar?year=2098");
      browser.driver.executeScript("document.getElementById('day').value = '2098-05-01'");
      browser.driver.findElement(By.id("name")).sendKeys("Ngày nghỉ thử nhật ký");
      browser.driver.findElement(By.id("legalBasis")).sendKeys("Thử");
      browser.submit();

      browser.go("/audit?recordType=calendar_day");
      String page = browser.driver.getPageSource();
      assertThat(page).contains("Ngày nghỉ thử nhật ký", "nhập thay cho bithu.langcheu");
      browser.screenshot("audit-trail-phone");
      browser.size(1280, 900);
      browser.go("/audit?recordType=calendar_day");
      browser.screenshot("audit-trail-desktop");
      browser.follow(By.cssSelector("form.on-behalf button"));
      assertThat(browser.driver.findElements(By.cssSelector("form.on-behalf"))).isEmpty();
    }
  }
}
