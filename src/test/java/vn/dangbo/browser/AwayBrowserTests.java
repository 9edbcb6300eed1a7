package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dangbo.Demo;

/**
 * A secretary on a phone opens the register of members working away, sees the one out of touch,
 * records that she reached him today, and the warning goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AwayBrowserTests {

  @LocalServerPort int port;

  @Test
  void aSecretaryRecordsAContactWithAMemberOutOfTouch() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.menu("Đi làm ăn xa");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đảng viên đi làm ăn xa"));
      assertThat(browser.driver.getPageSource())
          .contains("Bắc Ninh", "Hàn Quốc", "Đã lâu chi bộ không liên lạc được");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .as("no sideways scrolling on a phone")
          .isLessThanOrEqualTo(0L);
      browser.screenshot("away-register-phone");

      var card =
          browser.driver.findElement(
              By.xpath("//li[.//p[contains(., 'Đã lâu chi bộ không liên lạc được')]]"));
      browser.follow(card.findElement(By.cssSelector("form[action*='/contact'] button")));

      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText())
          .contains("Đã ghi lần liên lạc");
      assertThat(browser.driver.getPageSource())
          .doesNotContain("Đã lâu chi bộ không liên lạc được");
    }
  }
}
