package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/**
 * A cell secretary on a 360 px phone opens this month's dues, records two cash payments with one
 * tap each, prints the collection sheet on A4 (under {@code target/print}) and opens a member's
 * ledger of the year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DuesBrowserTests {

  @LocalServerPort int port;

  @Test
  void aSecretaryRecordsCashPaymentsOnAPhoneAndPrintsTheSheet() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.menu("Đảng phí");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Thu đảng phí tháng"));
      browser.screenshot("dues-collection-phone");
      int before = buttons(browser);
      assertThat(before).as("members who still owe this month").isGreaterThanOrEqualTo(2);

      for (int paid = 1; paid <= 2; paid++) {
        browser.follow(By.cssSelector("ul.cards-list form button[type=submit]"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .until(d -> d.findElement(By.cssSelector(".flash")).getText().contains("Đã ghi"));
        assertThat(buttons(browser)).isEqualTo(before - paid);
      }
      browser.screenshot("dues-collection-paid-phone");

      @SuppressWarnings("unchecked")
      var pdf =
          (Map<String, Object>)
              browser.driver.executeCdpCommand(
                  "Page.printToPDF",
                  Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
      byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
      Path prints = Path.of("target/print");
      Files.createDirectories(prints);
      Files.write(prints.resolve("dues-collection.pdf"), bytes);
      try (var document = Loader.loadPDF(bytes)) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("Thu đảng phí tháng", "Đã đóng")
            .doesNotContain("Đăng xuất");
      }

      browser.follow(By.cssSelector("ul.cards-list a"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Phải đóng (đồng)"));
      assertThat(browser.driver.getPageSource()).contains("Trước 02/2026", "Tiền mặt");
      browser.screenshot("dues-ledger-phone");

      browser.go("/dues/remittance");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Trích nộp đảng phí tháng"));
      assertThat(browser.driver.getPageSource()).contains("Giữ lại (đồng)", "Ghi khoản đã nộp");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .as("no sideways scrolling on a phone")
          .isLessThanOrEqualTo(0L);
      browser.screenshot("dues-remittance-phone");
    }
  }

  private static int buttons(Browser browser) {
    return browser
        .driver
        .findElements(By.cssSelector("ul.cards-list form button[type=submit]"))
        .size();
  }
}
