package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dangbo.Demo;
import vn.dangbo.protection.PersonalData;

/**
 * A secretary in a village without signal: saves the cell's pages, loses the signal (the server
 * stops listening), opens the saved meeting, records the attendance and a mentor's observation,
 * reloads and sees them waiting, gets the signal back and sees them sent, each stored once; a
 * meeting closed on the server meanwhile shows as a conflict with the secretary's text kept;
 * signing out leaves nothing of the user on the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OfflineBrowserTests {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** A fixed port, so that the server can stop listening (no signal at all) and come back. */
  private static final int PORT = freePort();

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
  }

  private final int port = PORT;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalData personalData;
  @Autowired WebServerApplicationContext server;

  @AfterEach
  void listenAgain() {
    server.getWebServer().start();
  }

  @Test
  void whatIsRecordedWithoutSignalIsSentOnceWhenTheSignalReturns() throws Exception {
    String payApi;
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long meeting = planMeeting(cell, "Sinh hoạt ở bản, không có sóng");
    long candidate = openCandidate(cell);

    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      saveForOffline(browser);

      // no signal: the phone knows it, and the server cannot be reached even by the service worker
      offline(browser, true);
      server.getWebServer().stop();
      goOffline(browser, "/meetings/" + meeting);
      assertThat(browser.driver.getPageSource())
          .as("the saved copy, marked as such")
          .contains("Đang mất sóng: đây là bản lưu lúc", "Sinh hoạt ở bản, không có sóng");
      browser.screenshot("offline-meeting-phone");
      browser
          .driver
          .findElements(By.cssSelector("form.attendance input[type=radio][value=EXCUSED]"))
          .get(0)
          .click();
      browser.driver.findElement(By.cssSelector("form.attendance button[type=submit]")).click();
      waitFor(browser, "Đã giữ trên máy");
      // then the minutes of the same meeting, captured on the same version of it
      browser.driver.findElement(By.id("chair")).sendKeys("Sùng A Lử");
      browser.driver.findElement(By.id("secretary")).sendKeys("Lò Văn Minh");
      browser.driver.findElement(By.id("conclusions")).sendKeys("Làm đường vào bản trước Tết");
      browser
          .driver
          .findElement(By.cssSelector("form[data-offline=minutes] button[type=submit]"))
          .click();
      new WebDriverWait(browser.driver, WAIT)
          .until(
              d ->
                  d.findElements(By.xpath("//*[contains(text(), 'Đã giữ trên máy')]")).size() == 2);

      goOffline(browser, "/candidates/" + candidate);
      browser
          .driver
          .findElement(By.cssSelector("form[data-offline=observation]"))
          .findElement(By.xpath("./ancestor::details/summary"))
          .click();
      browser.driver.findElement(By.id("obsNote")).sendKeys("Tích cực giúp bản làm đường");
      browser
          .driver
          .findElement(By.cssSelector("form[data-offline=observation] button[type=submit]"))
          .click();
      waitFor(browser, "Đã giữ trên máy");

      goOffline(browser, "/dues?cell=" + cell);
      var pay = browser.driver.findElement(By.cssSelector("form[data-offline=dues]"));
      payApi = pay.getDomAttribute("data-api");
      pay.findElement(By.cssSelector("button[type=submit]")).click();
      waitFor(browser, "Đã giữ trên máy");

      goOffline(browser, "/candidates/new");
      browser.driver.findElement(By.id("fullName")).sendKeys("Vàng Thị Mỷ");
      browser.driver.executeScript(
          "document.getElementById('birthDate').value = '2004-03-08';"
              + "document.getElementById('since').value = arguments[0];",
          LocalDate.now().toString());
      browser
          .driver
          .findElement(By.cssSelector("form[data-offline=source] button[type=submit]"))
          .click();
      waitFor(browser, "Đã giữ trên máy");

      browser.driver.navigate().refresh();
      waitFor(browser, "5 mục chưa gửi");
      goOffline(browser, "/offline");
      waitFor(browser, "5 mục chưa gửi");
      assertThat(browser.driver.getPageSource())
          .contains("Điểm danh cuộc họp ngày", "Nhận xét về", "Vắng có lý do");
      browser.screenshot("offline-queue-phone");

      // an item is edited on the phone before it is sent
      var note = browser.driver.findElement(By.cssSelector("#offline-queue textarea[name=note]"));
      note.sendKeys(", sửa trên máy");
      note.findElement(By.xpath("./ancestor::form"))
          .findElement(By.cssSelector("button[type=submit]"))
          .click();
      // the queue's list is drawn again after the save: an element read meanwhile may be gone
      new WebDriverWait(browser.driver, WAIT)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElement(By.cssSelector("#offline-queue textarea[name=note]"))
                      .getDomProperty("value")
                      .endsWith(", sửa trên máy"));

      server.getWebServer().start();
      offline(browser, false);
      new WebDriverWait(browser.driver, WAIT)
          .until(d -> d.findElements(By.id("offline-bar")).isEmpty());

      // the same queued request sent twice, as a phone does when an answer is lost on the way
      Object statuses =
          browser.driver.executeAsyncScript(
              """
              const done = arguments[arguments.length - 1];
              const token = JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-TOKEN'];
              const send = () => fetch(arguments[0], {method: 'POST', credentials: 'same-origin',
                  headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': token,
                            'Idempotency-Key': arguments[1]},
                  body: JSON.stringify({on: arguments[2], criterion: 'TASKS',
                                        assessment: 'GOOD', note: 'Gửi hai lần'})});
              send().then(a => send().then(b => done(a.status + ',' + b.status
                  + ',' + b.headers.get('Idempotency-Replayed'))));
              """,
              "/api/v1/candidates/" + candidate + "/observations",
              java.util.UUID.randomUUID().toString(),
              LocalDate.now().toString());
      assertThat(statuses).isEqualTo("200,200,true");
    }
    assertThat(notes(candidate)).containsOnlyOnce("Gửi hai lần");

    assertThat(count("select count(*) from meeting_attendance where meeting_id = ?", meeting))
        .isPositive();
    assertThat(
            count(
                "select count(*) from meeting where id = ? and conclusions = ?",
                meeting,
                "Làm đường vào bản trước Tết"))
        .as("the minutes sent after the attendance, on the version the attendance made")
        .isEqualTo(1);
    assertThat(notes(candidate)).containsOnlyOnce("Tích cực giúp bản làm đường, sửa trên máy");
    assertThat(count("select count(*) from candidate where full_name = ?", "Vàng Thị Mỷ"))
        .isEqualTo(1);
    long paidMember = Long.parseLong(payApi.replaceAll(".*/members/(\\d+)/.*", "$1"));
    assertThat(
            count(
                "select count(*) from dues_payment where member_id = ? and month = ?",
                paidMember,
                LocalDate.now().withDayOfMonth(1)))
        .isEqualTo(1);
    assertThat(count("select count(*) from idempotent_request where username = 'bithu.langcheu'"))
        .as("each item sent with its key")
        .isGreaterThanOrEqualTo(5);
  }

  @Test
  void aMeetingClosedMeanwhileShowsAConflictAndSigningOutLeavesNothing() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long meeting = planMeeting(cell, "Sinh hoạt đã chốt trên máy chủ");

    try (var browser = Browser.open(port)) {
      browser.size(360, 800);
      browser.signIn("bithu.langcheu", Demo.PASSWORD);
      saveForOffline(browser);

      offline(browser, true);
      goOffline(browser, "/meetings/" + meeting);
      browser.driver.findElement(By.id("conclusions")).sendKeys("Kết luận viết ở bản");
      browser
          .driver
          .findElement(By.cssSelector("form[data-offline=minutes] button[type=submit]"))
          .click();
      waitFor(browser, "Đã giữ trên máy");

      closeOnTheServer(meeting);
      offline(browser, false);
      browser.go("/offline");
      new WebDriverWait(browser.driver, WAIT).until(d -> d.getPageSource().contains("Xung đột"));
      assertThat(
              (String)
                  browser.driver.executeScript(
                      "return [...document.querySelectorAll('#offline-queue textarea')]"
                          + ".map(t => t.value).join('|')"))
          .as("the secretary's text is kept")
          .contains("Kết luận viết ở bản");
      browser.screenshot("offline-conflict-phone");

      browser.openMenu().findElement(By.cssSelector("form[action$='/logout'] button")).click();
      new WebDriverWait(browser.driver, WAIT)
          .until(
              d -> {
                try {
                  d.switchTo().alert().accept();
                  return true;
                } catch (org.openqa.selenium.NoAlertPresentException none) {
                  return false;
                }
              });
      new WebDriverWait(browser.driver, WAIT).until(d -> d.getCurrentUrl().contains("/login"));
      Object left =
          browser.driver.executeAsyncScript(
              """
              const done = arguments[arguments.length - 1];
              caches.keys().then(names => {
                const open = indexedDB.open('dangbo-offline', 1);
                open.onupgradeneeded = () => open.result.createObjectStore('queue', {keyPath: 'id'})
                    .createIndex('user', 'user');
                open.onsuccess = () => {
                  const request = open.result.transaction('queue').objectStore('queue').count();
                  request.onsuccess = () => done(names.filter(n => !n.startsWith('dangbo-shell-'))
                      .concat(['queue:' + request.result]).join(','));
                };
              });
              """);
      assertThat(left).isEqualTo("queue:0");
    }
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void saveForOffline(Browser browser) {
    browser.go("/offline");
    new WebDriverWait(browser.driver, WAIT)
        .until(
            d ->
                (Boolean)
                    browser.driver.executeScript(
                        "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)"));
    browser.driver.findElement(By.id("offline-save")).click();
    new WebDriverWait(browser.driver, WAIT)
        .until(d -> d.findElement(By.id("offline-saved")).getText().contains("Đã lưu lúc"));
  }

  /**
   * Opens a page without signal: a newer Chromium forgets the emulated network state when the tab
   * changes document, so it is set again for each page.
   */
  private static void goOffline(Browser browser, String path) {
    browser.go(path);
    offline(browser, true);
  }

  private static void offline(Browser browser, boolean off) {
    browser.driver.executeCdpCommand("Network.enable", Map.of());
    browser.driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", off, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private static void waitFor(Browser browser, String text) {
    new WebDriverWait(browser.driver, WAIT).until(d -> d.getPageSource().contains(text));
  }

  private long planMeeting(long cell, String topic) throws Exception {
    var answer =
        api(
            "POST",
            "/api/v1/meetings",
            "{\"organizationId\":"
                + cell
                + ",\"kind\":\"REGULAR\",\"heldOn\":\""
                + LocalDate.now()
                + "\",\"place\":\"Nhà văn hóa bản\",\"topic\":\""
                + topic
                + "\",\"agenda\":\"Điểm danh; biên bản\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return count("select max(id) from meeting where organization_id = ?", cell);
  }

  private void closeOnTheServer(long meeting) throws Exception {
    long member =
        count(
            "select min(m.id) from member m join meeting g on g.organization_id = m.cell_id"
                + " where g.id = ? and m.status = 'OFFICIAL'",
            meeting);
    int version = (int) count("select version from meeting where id = ?", meeting);
    assertThat(
            api(
                    "PUT",
                    "/api/v1/meetings/" + meeting + "/attendance",
                    "{\"version\":"
                        + version
                        + ",\"attendance\":[{\"memberId\":"
                        + member
                        + ",\"presence\":\"PRESENT\"}]}")
                .statusCode())
        .isEqualTo(200);
    version = (int) count("select version from meeting where id = ?", meeting);
    assertThat(
            api(
                    "PATCH",
                    "/api/v1/meetings/" + meeting,
                    "{\"version\":"
                        + version
                        + ",\"chair\":\"Sùng A Lử\",\"secretary\":\"Lò Văn Minh\","
                        + "\"conclusions\":\"Kết luận của văn phòng\"}")
                .statusCode())
        .isEqualTo(200);
    version = (int) count("select version from meeting where id = ?", meeting);
    assertThat(
            api("POST", "/api/v1/meetings/" + meeting + "/close", "{\"version\":" + version + "}")
                .statusCode())
        .isEqualTo(200);
  }

  private long openCandidate(long cell) {
    return count(
        "select min(id) from candidate where cell_id = ? and stage in ('SOURCE', 'SYMPATHISER')",
        cell);
  }

  private HttpResponse<String> api(String method, String path, String body) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                ("bithu.langcheu:" + Demo.PASSWORD)
                                    .getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The mentors' notes about a candidate, opened (the database holds them sealed). */
  private java.util.List<String> notes(long candidate) {
    return jdbc
        .sql("select note from mentor_observation where candidate_id = ?")
        .param(candidate)
        .query(String.class)
        .list()
        .stream()
        .map(personalData::open)
        .toList();
  }

  private long count(String sql, Object... params) {
    var statement = jdbc.sql(sql);
    for (var param : params) {
      statement = statement.param(param);
    }
    return statement.query(Long.class).single();
  }
}
