package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/**
 * An office worker on a phone founds a cell, is refused a same-day rename with the reason, renames
 * it from the next day, records a village and gives it the new cell; a cell secretary of another
 * commune is refused the old commune's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganizationJourneyBrowserTests {

  @LocalServerPort int port;
  @Autowired Demo demo;

  @Test
  void officeFoundsRenamesAndServesAVillageOnAPhone() throws Exception {
    String suffix = String.valueOf(System.nanoTime() % 100000);
    LocalDate today = LocalDate.now();
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("vanphong.taxua", Demo.PASSWORD);
      browser.go("/organizations/" + demo.code("TX"));
      browser.screenshot("journey-1-commune-detail-phone");

      browser.follow(By.linkText("Thành lập tổ chức trực thuộc"));
      browser.driver.findElement(By.id("name")).sendKeys("Chi bộ bản Mới " + suffix);
      new Select(browser.driver.findElement(By.id("kind"))).selectByValue("CELL");
      new Select(browser.driver.findElement(By.id("cellType"))).selectByValue("VILLAGE");
      browser.date("on", today);
      browser.screenshot("journey-2-found-form-phone");
      browser.submit();
      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Chi bộ bản Mới " + suffix);

      browser.follow(By.linkText("Đổi tên"));
      var name = browser.driver.findElement(By.id("name"));
      name.clear();
      name.sendKeys("Chi bộ bản Mới A " + suffix);
      browser.date("on", today);
      browser.submit();
      assertThat(browser.driver.findElement(By.cssSelector(".error-box")).getText())
          .contains("phải sau lần thay đổi gần nhất");
      browser.screenshot("journey-3-rename-refused-phone");

      browser.date("on", today.plusDays(1));
      browser.submit();
      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
          .isEqualTo("Đã lưu thay đổi.");

      browser.go("/organizations/" + demo.code("TX") + "/places");
      browser.driver.findElement(By.id("name")).sendKeys("Bản Mới " + suffix);
      browser.date("from", today);
      browser.submit();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.findElements(By.cssSelector(".flash")).size() > 0);
      assertThat(browser.driver.getPageSource()).contains("Bản Mới " + suffix);

      WebElement row =
          browser.driver.findElement(
              By.xpath("//tr[td[1][normalize-space()='Bản Mới " + suffix + "']]"));
      String rowId = row.getAttribute("id");
      new Select(row.findElement(By.tagName("select")))
          .selectByVisibleText("Chi bộ bản Mới " + suffix);
      // htmx swaps the row: first with the refusal (the village was recorded only from today)
      browser.date("from-" + rowId.substring("place-".length()), today.minusDays(1));
      row.findElement(By.tagName("button")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id(rowId)).getText().contains("chưa có hoặc không còn"));
      assertThat(browser.driver.getCurrentUrl()).endsWith("/places");
      row = browser.driver.findElement(By.id(rowId));
      new Select(row.findElement(By.tagName("select")))
          .selectByVisibleText("Chi bộ bản Mới " + suffix);
      browser.date("from-" + rowId.substring("place-".length()), today);
      row.findElement(By.tagName("button")).click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id(rowId)).getText().contains("Đã lưu."));
      assertThat(browser.driver.getCurrentUrl()).endsWith("/places");
      browser.screenshot("journey-4-place-served-phone");
    }
  }

  @Test
  void aCellSecretaryOfAnotherCommuneIsRefusedTheOldCommunesPage() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.hangdong", Demo.PASSWORD);
      browser.go("/organizations/" + demo.code("LC"));

      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Không tìm thấy");
      assertThat(browser.driver.getPageSource()).doesNotContain("Chi bộ bản Phình Hồ");
      browser.screenshot("journey-5-refused-phone");
    }
  }
}
