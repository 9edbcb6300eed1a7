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
 * The home page in a real browser, on a phone and on a desktop: it shows the user's commune, stays
 * within the 50 KB first-load budget, and the tree's htmx date change stays within 10 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageBrowserTests {

  private static final long PAGE_BUDGET = 50 * 1024;
  private static final long FRAGMENT_BUDGET = 10 * 1024;

  @LocalServerPort int port;

  @Test
  void signingOutLeavesNoPageOrStorageBehindInTheBrowser() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      browser.go("/members");
      browser.go("/candidates");
      // htmx keeps no copy of a page (member names) for the back button
      assertThat(
              browser.driver.executeScript(
                  "return localStorage.getItem('htmx-history-cache')"
                      + " || sessionStorage.getItem('htmx-history-cache')"))
          .isNull();
      browser.driver.executeScript("sessionStorage.setItem('left', 'x')");

      browser.signOut();

      // what was stored is gone; htmx may note the path of the sign-in page it lands on
      assertThat(
              browser.driver.executeScript(
                  "return Object.keys(sessionStorage).concat(Object.keys(localStorage))"
                      + ".filter(k => k !== 'htmx-current-path-for-history').join(',')"))
          .isEqualTo("");
    }
  }

  @Test
  void homePageOnAPhoneShowsTheCommuneWithinTheBudget() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("vanphong.taxua", Demo.PASSWORD);

      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Đơn vị của tôi");
      assertThat(browser.driver.getPageSource())
          .contains("Đảng bộ xã Tà Xùa", "Chi bộ bản Làng Chếu");
      browser.disableCache();
      browser.go("/");
      long bytes = browser.transferredBytes();
      System.out.printf("home page first load: %d bytes transferred%n", bytes);
      assertThat(bytes).isGreaterThan(15_000).isLessThanOrEqualTo(PAGE_BUDGET);
      browser.screenshot("home-phone-360x800");
    }
  }

  @Test
  void loginPageFirstLoadIsWithinTheBudget() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      // nothing kept from an earlier page: every byte of a first visit is counted
      browser.disableCache();
      browser.go("/login");
      long bytes = browser.transferredBytes();
      System.out.printf("login page first load: %d bytes transferred%n", bytes);
      assertThat(bytes).isGreaterThan(15_000).isLessThanOrEqualTo(PAGE_BUDGET);
      browser.screenshot("login-phone-360x800");
    }
  }

  @Test
  void homePageOnADesktop() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.langcheu", Demo.PASSWORD);

      assertThat(browser.driver.getPageSource())
          .contains("Đảng bộ xã Làng Chếu", "Đơn vị này đã kết thúc từ ngày 01/07/2025");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("unit-members"));
      assertThat(browser.driver.findElement(By.cssSelector(".unit-members")).getText())
          .contains("92", "Đảng số");
      browser.screenshot("home-desktop-1280");
    }
  }

  @Test
  void changingTheTreeDateSwapsOnlyTheTreeWithinTheFragmentBudget() throws Exception {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("tinh.sonla", Demo.PASSWORD);
      browser.go("/organizations");
      assertThat(browser.driver.getPageSource()).doesNotContain("Đảng bộ huyện Bắc Yên");

      browser.driver.executeScript(
          """
          performance.clearResourceTimings();
          const input = document.getElementById('on');
          input.value = '2024-12-31';
          input.dispatchEvent(new Event('change', {bubbles: true}));
          """);
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getPageSource().contains("Đảng bộ huyện Bắc Yên"));

      // the request's timing entry is added a moment after its answer has been swapped in
      long fragment =
          new WebDriverWait(browser.driver, Duration.ofSeconds(10))
              .until(
                  d -> {
                    long bytes =
                        (Long)
                            browser.driver.executeScript(
                                "return Math.round(performance.getEntriesByType('resource')"
                                    + ".filter(r => r.initiatorType === 'xmlhttprequest')"
                                    + ".reduce((s, r) => s + r.transferSize, 0));");
                    return bytes > 0 ? bytes : null;
                  });
      System.out.printf("tree date change (htmx): %d bytes transferred%n", fragment);
      assertThat(fragment).isPositive().isLessThanOrEqualTo(FRAGMENT_BUDGET);
      assertThat(browser.driver.getCurrentUrl()).contains("on=2024-12-31");
      browser.screenshot("tree-2024-12-31-phone");
    }
  }
}
