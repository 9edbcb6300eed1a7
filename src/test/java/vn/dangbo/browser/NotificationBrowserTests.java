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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;
import vn.dangbo.notifications.DailyNotifications;

/**
 * Notifications on a phone: the bell in the header shows the unread count, the list opens, one
 * notification is marked read and the bell counts one fewer; the secretary turns monthly reports
 * off, and the next day's job tells none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationBrowserTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DailyNotifications daily;

  @Test
  void theBellCountsTheListMarksReadAndTheChoicesChangeWhatArrives() throws Exception {
    long account =
        jdbc.sql("select id from user_account where username = 'bithu.langcheu'")
            .query(Long.class)
            .single();
    var choices =
        jdbc.sql("select * from notification_preference where account_id = :a")
            .param("a", account)
            .query()
            .listOfRows();
    forget(account);
    daily.run(LocalDate.now());
    int unread = unread(account);
    assertThat(unread).isPositive();
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      var bell = bell(browser, unread);
      assertThat(bell).isEqualTo("Thông báo: " + unread + " chưa đọc");
      browser.screenshot("notifications-bell-phone");

      browser.follow(By.id("bell"));
      assertThat(browser.driver.getPageSource())
          .contains("Tất cả thông báo (" + unread + " chưa đọc)", "Báo cáo tháng");
      assertThat(
              (Long)
                  browser.driver.executeScript(
                      "return document.documentElement.scrollWidth - window.innerWidth;"))
          .as("no sideways scrolling on a phone")
          .isLessThanOrEqualTo(0L);
      browser.screenshot("notifications-list-phone");
      browser.follow(By.cssSelector("li.unread form:not(:has(input[name=open])) button"));
      assertThat(bell(browser, unread - 1)).isEqualTo("Thông báo: " + (unread - 1) + " chưa đọc");
      assertThat(browser.driver.findElements(By.cssSelector("li.read"))).hasSize(1);

      browser.go("/notifications/preferences");
      var box = browser.driver.findElement(By.id("MONTHLY_REPORTS.inApp"));
      if (box.isSelected()) {
        box.click();
      }
      if (browser.driver.findElement(By.id("MONTHLY_REPORTS.sms")).isSelected()) {
        browser.driver.findElement(By.id("MONTHLY_REPORTS.sms")).click();
      }
      browser.screenshot("notifications-preferences-phone");
      browser.follow(
          By.cssSelector("form[action$='/notifications/preferences'] button[type=submit]"));
      assertThat(browser.driver.findElement(By.cssSelector(".flash")).getText()).contains("Đã lưu");

      forget(account);
      daily.run(LocalDate.now().plusDays(1));
      assertThat(unread(account)).as("the other kinds are still told").isPositive();
      browser.go("/notifications");
      assertThat(browser.driver.findElement(By.id("content")).getText())
          .doesNotContain("Báo cáo tháng");
    } finally {
      forget(account);
      // the demo's choices as they were
      jdbc.sql("delete from notification_preference where account_id = :a")
          .param("a", account)
          .update();
      for (var row : choices) {
        jdbc.sql(
                """
                insert into notification_preference (account_id, kind, in_app, email, sms)
                values (:account_id, :kind, :in_app, :email, :sms)
                """)
            .params(row)
            .update();
      }
    }
  }

  /** The bell's text once htmx has loaded the count. */
  private static String bell(Browser browser, int expected) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(
            d ->
                d.findElement(By.id("bell")).getText().contains(expected + " chưa đọc")
                    || expected == 0);
    return browser.driver.findElement(By.id("bell")).getText();
  }

  private void forget(long account) {
    jdbc.sql("delete from notification where account_id = :a").param("a", account).update();
  }

  private int unread(long account) {
    return jdbc.sql("select count(*) from notification where account_id = :a and read_at is null")
        .param("a", account)
        .query(Integer.class)
        .single();
  }
}
