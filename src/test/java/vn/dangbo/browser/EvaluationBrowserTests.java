package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;
import vn.dangbo.evaluations.Evaluations;

/**
 * The commune office decides a member's grade on a phone, with the cap in view; on a desktop it
 * reads the 2024 cycle and the grade report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationBrowserTests {

  @LocalServerPort int port;
  @Autowired Evaluations evaluations;
  @Autowired Demo demo;

  @Test
  void theOfficeDecidesAGradeOnAPhoneAndReadsTheReport() throws Exception {
    long current =
        evaluations.yearCycle(demo.code("TX"), LocalDate.now().getYear()).orElseThrow().id();
    long village = demo.named("Chi bộ bản Làng Chếu");
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.menu("Đánh giá, xếp loại");
      browser.go("/evaluations/" + current + "?cell=" + village);
      browser.screenshot("evaluation-cycle-phone");
      var proposed =
          browser.driver.findElements(By.cssSelector("table.stack-sm tbody tr")).stream()
              .filter(
                  r -> {
                    var cells = r.findElements(By.tagName("td"));
                    return cells.size() == 5
                        && !cells.get(3).getText().equals("–")
                        && cells.get(4).getText().equals("–");
                  })
              .findFirst()
              .orElseThrow();
      browser.follow(proposed.findElement(By.cssSelector("a")));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đảng ủy quyết định"));
      browser.screenshot("evaluation-decision-phone");
      browser.submit();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đã lưu:"));
      assertThat(browser.driver.getPageSource()).contains("Người nhập: vanphong.taxua");
    }
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.langcheu", Demo.PASSWORD);
      browser.go("/evaluations/" + evaluations.yearCycle(demo.code("LC"), 2024).orElseThrow().id());
      assertThat(browser.driver.getPageSource()).contains("Xem xét đưa ra khỏi Đảng");
      browser.screenshot("evaluation-cycle-2024-desktop");
      browser.go("/evaluations/report?organization=" + demo.code("LC") + "&from=2022&to=2024");
      assertThat(browser.driver.getPageSource()).contains("Theo chi bộ");
      browser.screenshot("evaluation-report-desktop");
    }
  }
}
