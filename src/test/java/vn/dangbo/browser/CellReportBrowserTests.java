package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/**
 * The monthly report's way on a phone: the village cell's secretary submits this month's report,
 * the commune office returns it with a comment, the secretary corrects it and submits it again, and
 * the office accepts it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CellReportBrowserTests {

  @LocalServerPort int port;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  @Test
  void aReportIsSubmittedReturnedCorrectedAndAccepted() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var month = YearMonth.now();
    String page = "/cell-reports?cell=" + cell + "&month=" + month;
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.go(page);
      assertThat(browser.driver.getPageSource())
          .contains("Báo cáo tháng", "Số liệu lấy từ dangbo", "Bản nháp, chưa gửi");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .as("no sideways scrolling on a phone")
          .isLessThanOrEqualTo(0L);
      browser.driver.findElement(By.id("problems")).sendKeys("Đường vào bản sạt lở.");
      browser.screenshot("cell-report-draft-phone");
      browser.follow(By.cssSelector("button[value='submit']"));
      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
          .contains("Đã gửi báo cáo");
      assertThat(browser.driver.getPageSource()).contains("Đã gửi, chờ đảng ủy duyệt");
      browser.signOut();

      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.go(page);
      browser.driver.findElement(By.id("comment")).sendKeys("Cần ghi đề xuất của chi bộ.");
      browser.follow(By.cssSelector("form[action*='/return'] button"));
      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
          .contains("Đã trả lại báo cáo");
      browser.signOut();

      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.go(page);
      assertThat(browser.driver.getPageSource())
          .contains("Bị trả lại để sửa", "Cần ghi đề xuất của chi bộ.");
      browser.screenshot("cell-report-returned-phone");
      browser.driver.findElement(By.id("proposals")).sendKeys("Đề nghị xã hỗ trợ sửa đường.");
      browser.follow(By.cssSelector("button[value='submit']"));
      assertThat(browser.driver.getPageSource()).contains("Gửi lại");
      browser.signOut();

      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.go(page);
      browser.follow(By.cssSelector("form[action*='/accept'] button"));
      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
          .contains("Đã duyệt báo cáo");
      browser.screenshot("cell-report-commune-grid");
    } finally {
      // the other tests find this month as the demo left it
      jdbc.sql(
              "delete from cell_monthly_report_step where report_id in (select id from"
                  + " cell_monthly_report where cell_id = :cell and month = :month)")
          .param("cell", cell)
          .param("month", month.atDay(1))
          .update();
      jdbc.sql("delete from cell_monthly_report where cell_id = :cell and month = :month")
          .param("cell", cell)
          .param("month", month.atDay(1))
          .update();
    }
  }
}
