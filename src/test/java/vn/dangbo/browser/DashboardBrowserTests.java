package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/** The commune office opens Làng Chếu's dashboard at the end of 2024 on a phone and a desktop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

  @LocalServerPort int port;
  @Autowired Demo demo;

  @Test
  void theDashboardReadsOnAPhoneAndADesktop() throws Exception {
    String path = "/organizations/" + demo.code("LC") + "/dashboard?on=2024-12-31&since=2006-01-01";
    try (var browser = Browser.open(port)) {
      browser.signIn("vanphong.langcheu", Demo.PASSWORD);
      browser.size(360, 800);
      browser.go(path);
      assertThat(browser.driver.findElements(By.cssSelector("figure.chart svg")))
          .hasSizeGreaterThan(8);
      var phone = browser.driver.findElement(By.id("chart-cells")).getSize().getWidth();
      assertThat(phone).isLessThanOrEqualTo(360);
      browser.screenshot("dashboard-phone");
      browser.size(1280, 900);
      browser.go(path);
      browser.screenshot("dashboard-desktop");
      var workbook =
          browser.fetch(
              browser.driver.findElement(By.linkText("Tải Excel")).getDomAttribute("href"));
      assertThat(workbook).containsEntry("status", 200L).containsEntry("head", "PK\u0003\u0004");
      assertThat((String) workbook.get("disposition")).contains("tong-quan-", ".xlsx");
      assertThat((Long) workbook.get("size")).isGreaterThan(3_000L);
      browser.size(360, 800);
      browser.go(
          "/reports/development-work?organization="
              + demo.code("LC")
              + "&from=2006-01-01&to=2024-12-31");
      assertThat(browser.driver.getPageSource()).contains("Tỷ lệ đảng viên người Mông");
      browser.screenshot("report-development-work-phone");
    }
  }
}
