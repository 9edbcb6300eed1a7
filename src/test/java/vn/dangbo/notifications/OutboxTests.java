package vn.dangbo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.JobScheduler;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.shared.RecurringJob;

/**
 * The outbox against a real SMTP server (GreenMail, started here) and a stub SMS gateway (the JDK's
 * HTTP server): a digest goes out once, with counts and the recipient's own name only; a sender
 * killed between sending and marking sends nothing twice; two senders, and two schedulers, against
 * one database send each digest once; a gateway that fails is retried and then shown as failed.
 */
@SpringBootTest(
    properties = {
      "dangbo.notifications.first-retry=0s",
      "dangbo.notifications.max-attempts=3",
      "dangbo.notifications.sms.token=test-token",
      "dangbo.notifications.base-url=https://dangbo.example"
    })
@AutoConfigureMockMvc
class OutboxTests {

  static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  static final Gateway GATEWAY = new Gateway();

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("dangbo.notifications.sms.url", () -> GATEWAY.url());
  }

  @AfterAll
  static void stopServers() {
    MAIL.stop();
    GATEWAY.server.stop(0);
  }

  @Autowired DailyNotifications daily;
  @Autowired Outbox outbox;
  @Autowired OutboxRepository deliveries;
  @Autowired DigestComposer composer;
  @Autowired EmailChannel email;
  @Autowired NotificationInbox inbox;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Clock clock;

  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void emptyOutbox() throws Exception {
    // every account told of today already (other tests forget some), the outbox empty: a test's
    // own choices alone decide what is queued
    daily.run(today);
    jdbc.sql("delete from notification_delivery").update();
    MAIL.purgeEmailFromAllMailboxes();
    GATEWAY.requests.clear();
    GATEWAY.status.set(200);
  }

  @AfterEach
  void forget() {
    jdbc.sql("delete from notification_delivery").update();
    long office = account("vanphong.taxua").id();
    jdbc.sql("delete from notification_preference where account_id = :a")
        .param("a", office)
        .update();
    jdbc.sql("delete from notification_contact where account_id = :a").param("a", office).update();
  }

  @Test
  void aDigestGoesOutOnceWithCountsAndTheRecipientsNameOnly() throws Exception {
    var office = officeWantsEmail();
    daily.run(today);

    assertThat(outbox.sendDue()).isEqualTo(1);
    assertThat(outbox.sendDue()).isZero();
    daily.run(today);
    assertThat(outbox.sendDue()).as("the day's digest is queued once").isZero();

    var received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(1);
    var message = received[0];
    assertThat(message.getAllRecipients()[0].toString()).isEqualTo("vanphong@taxua.example");
    assertThat(message.getSubject()).startsWith("dangbo ").contains("việc đến hạn");
    String body = GreenMailUtil.getBody(message);
    String text = new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(message.getContentType()).startsWith("multipart");
    var digest = composer.compose(deliveryOf(office));
    assertThat(digest.text())
        .contains(
            "Văn phòng Đảng ủy xã Tà Xùa",
            "Báo cáo tháng:",
            "https://dangbo.example/notifications");
    assertThat(digest.html()).contains("<li>Báo cáo tháng:");
    for (var about : aboutsOf(office)) {
      assertThat(body + text + digest.text() + digest.html())
          .as("no name of whom the notifications are about")
          .doesNotContain(about);
    }
  }

  @Test
  void aSenderKilledBetweenSendingAndMarkingSendsNothingTwice() throws Exception {
    officeWantsEmail();
    daily.run(today);
    // the sender claims the digest, sends it, and dies before marking it sent
    var claimed = deliveries.claim(10);
    assertThat(claimed).hasSize(1);
    email.send(composer.compose(claimed.get(0)));
    jdbc.sql("update notification_delivery set claimed_at = now() - interval '1 hour'").update();

    assertThat(outbox.sendDue()).isZero();
    assertThat(MAIL.getReceivedMessages()).as("not sent again by itself").hasSize(1);
    var shown = deliveries.find(claimed.get(0).id()).orElseThrow();
    assertThat(shown.state()).isEqualTo(Delivery.State.UNCERTAIN);
    assertThat(mvc.get().uri("/admin/notifications").with(users.signedIn("admin")))
        .hasStatusOk()
        .bodyText()
        .contains("Chưa rõ đã gửi chưa", "vanphong.taxua", "Gửi lại");

    // an administrator decides to send it again: the same Message-ID, so a mail client shows one
    assertThat(
            mvc.post()
                .uri("/admin/notifications/{id}/retry", shown.id())
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf()))
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/admin/notifications/{id}/retry", shown.id())
                .with(users.signedIn("admin"))
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(outbox.sendDue()).isEqualTo(1);
    var received = MAIL.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
  }

  @Test
  void twoSendersAndTwoSchedulersOnOneDatabaseSendEachDigestOnce() throws Exception {
    var office = officeWantsEmail();
    int days = 12;
    queueDigests(office, 1, days);
    var pool = Executors.newFixedThreadPool(2);
    var start = new java.util.concurrent.CountDownLatch(1);
    var sent = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      pool.submit(
          () -> {
            start.await();
            sent.addAndGet(outbox.sendDue());
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(sent.get()).isEqualTo(days);
    assertThat(MAIL.getReceivedMessages()).hasSize(days);

    // two instances' schedulers: the sending job runs in one of them at a time
    queueDigests(office, days + 1, 2 * days);
    var jobs =
        List.of(
            RecurringJob.daily(NotificationJobs.DAILY, LocalTime.of(3, 0), daily::run),
            RecurringJob.every(NotificationJobs.SEND, Duration.ofMillis(200), outbox::sendDue));
    var first = JobScheduler.scheduler(dataSource, jobs, clock, "a");
    var second = JobScheduler.scheduler(dataSource, jobs, clock, "b");
    first.start();
    second.start();
    try {
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (pending() > 0 && System.nanoTime() < until) {
        Thread.sleep(200);
      }
    } finally {
      first.stop();
      second.stop();
    }
    assertThat(pending()).isZero();
    assertThat(MAIL.getReceivedMessages()).hasSize(2 * days);
    assertThat(
            java.util.Arrays.stream(MAIL.getReceivedMessages())
                .map(
                    m -> {
                      try {
                        return m.getMessageID();
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .distinct())
        .hasSize(2 * days);
  }

  @Test
  void aTextGoesThroughTheGatewayWithItsTemplateAndIsRetriedThenShownFailed() throws Exception {
    var secretary = account("bithu.langcheu");
    var choices = new EnumMap<NotificationKind, Channels>(NotificationKind.class);
    for (var kind : NotificationKind.values()) {
      choices.put(kind, new Channels(true, false, true));
    }
    inbox.choose(choices, null, "0912000111", users.current("bithu.langcheu"));
    jdbc.sql("delete from notification where account_id = :a").param("a", secretary.id()).update();
    daily.run(today);

    assertThat(outbox.sendDue()).isEqualTo(1);
    assertThat(GATEWAY.requests).hasSize(1);
    var request = GATEWAY.requests.get(0);
    assertThat(request.headers().get("Authorization")).isEqualTo("Bearer test-token");
    assertThat(request.headers().get("Idempotency-key")).startsWith("dangbo-delivery-");
    assertThat(request.body())
        .contains(
            "\"phone\":\"0912000111\"",
            "\"template_id\":\"dangbo-digest\"",
            "\"name\":\"Sùng A Lử\"",
            "\"link\":\"https://dangbo.example/notifications\"");
    for (var about : aboutsOf(secretary)) {
      assertThat(request.body()).doesNotContain(about);
    }

    // the gateway is down: three attempts, then the digest is failed with the reason
    GATEWAY.status.set(503);
    GATEWAY.requests.clear();
    queueDigests(secretary, 1, 1);
    assertThat(outbox.sendDue()).isZero();
    assertThat(GATEWAY.requests).hasSize(3);
    assertThat(GATEWAY.requests.stream().map(r -> r.headers().get("Idempotency-key")).distinct())
        .as("the same key on every attempt")
        .hasSize(1);
    assertThat(mvc.get().uri("/admin/notifications").with(users.signedIn("admin")))
        .hasStatusOk()
        .bodyText()
        .contains("Lỗi, đã thôi thử", "Cổng tin nhắn trả lời 503");
    assertThat(
            mvc.get()
                .uri("/actuator/metrics/dangbo.notifications.failed")
                .with(users.signedIn("admin")))
        .hasStatusOk()
        .bodyText()
        .contains("\"COUNT\"");
    assertThat(
            mvc.get()
                .uri("/actuator/metrics/dangbo.notifications.lag")
                .with(users.signedIn("admin")))
        .hasStatusOk();
    assertThat(mvc.get().uri("/actuator/metrics").with(users.signedIn("vanphong.taxua")))
        .hasStatus(403);
  }

  /** The office wants every kind by email too, at its address; told afresh today. */
  private UserAccount officeWantsEmail() {
    var office = account("vanphong.taxua");
    var choices = new EnumMap<NotificationKind, Channels>(NotificationKind.class);
    for (var kind : NotificationKind.values()) {
      choices.put(kind, new Channels(true, true, false));
    }
    inbox.choose(choices, "vanphong@taxua.example", null, users.current("vanphong.taxua"));
    jdbc.sql("delete from notification where account_id = :a").param("a", office.id()).update();
    return office;
  }

  /** A digest for each of the days {@code from}..{@code to} before today, each with something. */
  private void queueDigests(UserAccount account, int from, int to) {
    for (int i = from; i <= to; i++) {
      var day = today.minusDays(i);
      deliveries.enqueue(
          account.id(),
          account.role() == vn.dangbo.identity.Role.CELL_SECRETARY
              ? Delivery.Channel.SMS
              : Delivery.Channel.EMAIL,
          day);
      jdbc.sql(
              """
              insert into notification (account_id, kind, item_key, what, about, overdue, created_on)
              values (:a, 'STEPS', :key, 'due.decision', 'Người thử', false, :day)
              on conflict do nothing
              """)
          .param("a", account.id())
          .param("key", "test:" + day)
          .param("day", day)
          .update();
    }
  }

  private Delivery deliveryOf(UserAccount account) {
    return deliveries.recent(7, 10).stream()
        .filter(d -> d.accountId() == account.id())
        .findFirst()
        .orElseThrow();
  }

  private List<String> aboutsOf(UserAccount account) {
    return jdbc.sql("select distinct about from notification where account_id = :a")
        .param("a", account.id())
        .query(String.class)
        .list();
  }

  private int pending() {
    return jdbc.sql(
            "select count(*) from notification_delivery where state in ('PENDING', 'SENDING')")
        .query(Integer.class)
        .single();
  }

  private UserAccount account(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  /** A stub SMS gateway: records each request, answers with the status set. */
  static final class Gateway {

    record Request(Map<String, String> headers, String body) {}

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);
    final HttpServer server;

    Gateway() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.createContext(
          "/send",
          exchange -> {
            var headers = new java.util.HashMap<String, String>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(headers, body));
            byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
    }
  }
}
