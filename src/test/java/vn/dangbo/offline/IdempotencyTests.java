package vn.dangbo.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.dangbo.Demo;

/**
 * API writes sent with an Idempotency-Key against the demo database, committed as in production (no
 * test transaction): a second send answers the first result and records nothing, a refusal is
 * answered again, two sends at once record once, a key is bound to its request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotencyTests {

  @Autowired MockMvcTester mvc;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  private long member;
  private final YearMonth month = YearMonth.now();

  @BeforeEach
  void aMemberWhoOwesThisMonth() {
    member = demo.memberOwingThisMonth("Chi bộ bản Làng Chếu");
  }

  @AfterEach
  void forgetTheWrites() {
    jdbc.sql("delete from dues_payment where member_id = :id and month = :month")
        .param("id", member)
        .param("month", month.atDay(1))
        .update();
    jdbc.sql("delete from idempotent_request where username = 'bithu.langcheu'").update();
  }

  @Test
  void aWriteSentTwiceIsRecordedOnceAndAnsweredTheSame() {
    String key = UUID.randomUUID().toString();

    var first = pay(key, payment());
    var second = pay(key, payment());

    assertThat(first).hasStatus(201).doesNotContainHeader("Idempotency-Replayed");
    assertThat(second).hasStatus(201).hasHeader("Idempotency-Replayed", "true");
    assertThat(second.getResponse().getContentAsByteArray())
        .isEqualTo(first.getResponse().getContentAsByteArray());
    assertThat(payments()).isEqualTo(1);
    assertThat(pay(UUID.randomUUID().toString(), payment()))
        .as("another key is another write: the month is paid already")
        .hasStatus(422);
  }

  @Test
  void aRefusalIsAnsweredAgainAndRecordsNothing() {
    String key = UUID.randomUUID().toString();
    String tooFar = payment().replace(month.toString(), month.plusYears(2).toString());

    var first = pay(key, tooFar);
    var second = pay(key, tooFar);

    assertThat(first)
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("dues.refused.month");
    assertThat(second).hasStatus(422).hasHeader("Idempotency-Replayed", "true");
    assertThat(payments()).isZero();
  }

  @Test
  void twoSendsAtOnceRecordOnce() {
    String key = UUID.randomUUID().toString();

    var sends =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> pay(key, payment())))
            .toList();

    assertThat(sends.stream().map(CompletableFuture::join).map(r -> r.getResponse().getStatus()))
        .containsOnly(201);
    assertThat(payments()).isEqualTo(1);
  }

  @Test
  void aKeyIsBoundToItsRequestAndMustBeAUuid() {
    String key = UUID.randomUUID().toString();
    assertThat(pay(key, payment())).hasStatus(201);

    var elsewhere =
        mvc.put()
            .uri("/api/v1/members/{id}/dues/basis", member)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"OTHER\"}")
            .exchange();
    assertThat(elsewhere)
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("idempotency.keyReused");
    assertThat(pay("not-a-uuid", payment()))
        .hasStatus(400)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("idempotency.keyInvalid");
    assertThat(
            mvc.post()
                .uri("/api/v1/members/{id}/dues/payments", member)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(payment()))
        .as("keys are per account: another's key replays nothing of this one")
        .hasStatus(404);
  }

  private String payment() {
    return "{\"month\":\""
        + month
        + "\",\"method\":\"CASH\",\"paidOn\":\""
        + LocalDate.now()
        + "\"}";
  }

  private MvcTestResult pay(String key, String body) {
    return mvc.post()
        .uri("/api/v1/members/{id}/dues/payments", member)
        .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
        .header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private long payments() {
    return jdbc.sql("select count(*) from dues_payment where member_id = :id and month = :month")
        .param("id", member)
        .param("month", month.atDay(1))
        .query(Long.class)
        .single();
  }
}
