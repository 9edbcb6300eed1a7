package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/**
 * The main pages of every role checked by axe-core in Chromium (no serious or critical violation,
 * which includes every form field having a label), read at 200 % zoom without sideways scrolling,
 * and a sign-in, menu, search and record opened with the keyboard alone, every stop showing where
 * the focus is. axe-core comes from the npm registry, vendored under {@code
 * src/test/resources/axe}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

  private static final String AXE = resource("/axe/axe.min.js");

  /** WCAG 2.0–2.2 A and AA rules and axe's best practices. */
  private static final String RUN_AXE =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values:
          ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
          resultTypes: ['violations']})
        .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || 'minor',
          nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '),
          count: v.nodes.length}))))
        .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: String(e), count: 1}]));
      """;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void theMainPagesOfEveryRoleHaveNoSeriousOrCriticalViolations() {
    var problems = new ArrayList<String>();
    int pages = 0;
    for (var entry : pagesByAccount().entrySet()) {
      try (var browser = Browser.open(port)) {
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!entry.getKey().isEmpty()) {
          browser.signIn(entry.getKey(), Demo.PASSWORD);
        }
        for (String path : entry.getValue()) {
          for (int width : new int[] {360, 1280}) {
            browser.size(width, 900);
            browser.go(path);
            problems.addAll(axe(browser, entry.getKey(), path, width));
            pages++;
          }
        }
      }
    }
    System.out.printf(
        "axe: %d page views checked, %d serious or critical%n", pages, problems.size());
    assertThat(pages).isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  @Test
  void theMainPagesReadAt200PercentZoomWithoutScrollingSideways() throws Exception {
    var wide = new ArrayList<String>();
    int pages = 0;
    for (var entry : pagesByAccount().entrySet()) {
      try (var browser = Browser.open(port)) {
        browser.size(1280, 900);
        if (!entry.getKey().isEmpty()) {
          browser.signIn(entry.getKey(), Demo.PASSWORD);
        }
        // a 1280 px window at 200 %: 640 CSS pixels, each drawn with two device pixels
        browser.driver.executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 640, "height", 450, "deviceScaleFactor", 2, "mobile", false));
        for (String path : entry.getValue()) {
          browser.go(path);
          assertThat(browser.driver.executeScript("return window.innerWidth"))
              .as("the page is laid out at 640 CSS pixels")
              .isEqualTo(640L);
          long overflow =
              (Long)
                  browser.driver.executeScript(
                      "const e = document.documentElement; return e.scrollWidth - e.clientWidth;");
          if (overflow > 1) {
            wide.add(path + " is " + overflow + " px too wide");
          }
          pages++;
        }
        if (entry.getKey().equals("vanphong.langcheu")) {
          browser.go("/");
          browser.screenshot("zoom-200-home");
        }
      }
    }
    System.out.printf("200 %% zoom: %d pages, %d too wide%n", pages, wide.size());
    assertThat(wide).isEmpty();
  }

  @Test
  void aSecretarySignsInFindsAMemberAndOpensTheRecordWithTheKeyboardAlone() {
    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.go("/login");
      var keys = new Actions(browser.driver);

      // the cursor waits in the first field (the browser focuses it at its next rendering, which
      // may come just after the page has loaded)
      new WebDriverWait(browser.driver, Duration.ofSeconds(5))
          .until(d -> "username".equals(focused(browser).getDomAttribute("id")));
      keys.sendKeys("bithu.langcheu").sendKeys(Keys.TAB).perform();
      assertThat(focused(browser).getDomAttribute("id")).isEqualTo("password");
      keys.sendKeys(Demo.PASSWORD).sendKeys(Keys.ENTER).perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !d.getCurrentUrl().contains("/login"));

      // the first stop is the link past the header, shown when focused; it leads into the page
      keys.sendKeys(Keys.TAB).perform();
      assertThat(focused(browser).getDomAttribute("class")).isEqualTo("skip");
      assertThat(focused(browser).getRect().getX()).isGreaterThanOrEqualTo(0);
      keys.sendKeys(Keys.ENTER).perform();
      // the browser moves the starting point of the tab order at its next rendering
      browser.settle();
      keys.sendKeys(Keys.TAB).perform();
      assertThat(
              (Boolean)
                  browser.driver.executeScript(
                      "return document.activeElement.closest('main') !== null"))
          .isTrue();
      browser.go("/");

      // the menu is a button on a phone: Enter opens it, the links follow it in the tab order
      tabTo(browser, e -> e.getTagName().equals("summary"));
      keys.sendKeys(Keys.ENTER).perform();
      tabTo(browser, e -> e.getText().equals("Đảng viên"));
      keys.sendKeys(Keys.ENTER).perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("/members"));

      tabTo(browser, e -> "q".equals(e.getDomAttribute("id")));
      keys.sendKeys("giang").perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("q=giang"));
      // leaving the field (to the cell's list) sends the search once more, on its change: the
      // results are replaced again, so move through them only once that answer is in
      keys.sendKeys(Keys.TAB).perform();
      assertThat(focused(browser).getDomAttribute("id")).isEqualTo("cell");
      browser.settle();
      var member = tabTo(browser, e -> e.getText().startsWith("Giàng"));
      String name = member.getText();
      keys.sendKeys(Keys.ENTER).perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .ignoring(StaleElementReferenceException.class)
          .until(d -> d.findElement(By.tagName("h1")).getText().equals(name));
    }
  }

  @Test
  void everyStopOfTheTabOrderShowsWhereTheFocusIs() {
    var unseen = new ArrayList<String>();
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.langcheu", Demo.PASSWORD);
      for (String path :
          List.of(
              "/",
              "/members/new",
              "/candidates",
              "/meetings/" + meetingOf("Chi bộ bản Làng Chếu"),
              "/organizations/" + demo.code("LC") + "/dashboard?on=2024-12-31")) {
        browser.go(path);
        // the keyboard starts from the page itself, not from wherever the last page left it
        browser.driver.executeScript("window.focus(); document.activeElement.blur()");
        int stops = 0;
        for (int i = 0; i < 40; i++) {
          new Actions(browser.driver).sendKeys(Keys.TAB).perform();
          var element = focused(browser);
          if (element.getTagName().equals("body")) {
            break;
          }
          stops++;
          String outline = element.getCssValue("outline-style");
          String width = element.getCssValue("outline-width");
          if (outline.equals("none") || width.equals("0px")) {
            unseen.add(
                "%s: %s %s '%s' (outline %s %s)"
                    .formatted(
                        path,
                        element.getTagName(),
                        element.getDomAttribute("type"),
                        element.getDomAttribute("id"),
                        outline,
                        width));
          }
        }
        assertThat(stops).as("tab stops checked on " + path).isGreaterThan(5);
      }
    }
    assertThat(unseen).isEmpty();
  }

  private List<String> axe(Browser browser, String account, String path, int width) {
    browser.driver.executeScript(AXE);
    @SuppressWarnings("unchecked")
    var violations = (List<Map<String, Object>>) browser.driver.executeAsyncScript(RUN_AXE);
    var counts = new LinkedHashMap<String, Integer>();
    var problems = new ArrayList<String>();
    for (var v : violations) {
      String impact = (String) v.get("impact");
      counts.merge(impact + " " + v.get("id"), ((Number) v.get("count")).intValue(), Integer::sum);
      if (impact.equals("serious") || impact.equals("critical")) {
        problems.add(
            "%s %s at %d px: %s (%s) at %s"
                .formatted(account, path, width, v.get("id"), impact, v.get("nodes")));
      }
    }
    System.out.printf("axe %-18s %4d px %-70s %s%n", account, width, path, counts);
    return problems;
  }

  /** The pages each account works with, "" meaning not signed in. */
  private Map<String, List<String>> pagesByAccount() {
    long lc = demo.code("LC");
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long member = firstOf("select min(id) from member where cell_id = :id", cell);
    long candidate = firstOf("select min(id) from candidate where cell_id = :id", cell);
    long cycle = firstOf("select min(id) from evaluation_cycle where organization_id = :id", lc);
    var pages = new LinkedHashMap<String, List<String>>();
    pages.put("", List.of("/login", "/khong-co-trang-nay"));
    pages.put(
        "vanphong.langcheu",
        List.of(
            "/",
            "/organizations",
            "/organizations/" + lc,
            "/organizations/" + lc + "/dashboard?on=2024-12-31&since=2006-01-01",
            "/members?cell=" + cell,
            "/members/" + member,
            "/members/new",
            "/members/import",
            "/candidates",
            "/candidates/" + candidate,
            "/candidates/new",
            "/candidates/funnel",
            "/candidates/quotas",
            "/courses",
            "/meetings",
            "/meetings/compliance?year=2024",
            "/worklist",
            "/evaluations",
            "/evaluations/" + cycle,
            "/reports",
            "/reports/development-work?organization=" + lc + "&from=2006-01-01&to=2024-12-31",
            "/documents",
            "/rules",
            "/accounts",
            "/accounts/new",
            "/audit",
            "/account/password",
            "/account/second-factor"));
    pages.put(
        "bithu.langcheu",
        List.of(
            "/",
            "/members",
            "/candidates",
            "/meetings/" + meetingOf("Chi bộ bản Làng Chếu"),
            "/terms",
            "/organizations/" + cell + "/terms",
            "/cell-reports",
            "/records/proposals",
            "/records/quality",
            "/notifications",
            "/notifications/preferences",
            "/candidates/" + candidate + "/privacy-notice"));
    pages.put("dangvien.langcheu", List.of("/", "/members/me", "/records/mine", "/audit/mine"));
    pages.put("vanphong.taxua", List.of("/notifications/defaults", "/candidates/anonymisation"));
    pages.put("admin", List.of("/admin/notifications", "/admin/protection"));
    return pages;
  }

  private long meetingOf(String cell) {
    return firstOf("select max(id) from meeting where organization_id = :id", demo.named(cell));
  }

  private long firstOf(String sql, long id) {
    return jdbc.sql(sql).param("id", id).query(Long.class).single();
  }

  private static WebElement focused(Browser browser) {
    return browser.driver.switchTo().activeElement();
  }

  /** Presses Tab until the focused element is the one wanted (at most 60 times). */
  private static WebElement tabTo(
      Browser browser, java.util.function.Predicate<WebElement> wanted) {
    for (int i = 0; i < 60; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      var element = focused(browser);
      if (wanted.test(element)) {
        return element;
      }
    }
    throw new AssertionError("not reached with Tab on " + browser.driver.getCurrentUrl());
  }

  private static String resource(String name) {
    try (var in = AccessibilityBrowserTests.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
