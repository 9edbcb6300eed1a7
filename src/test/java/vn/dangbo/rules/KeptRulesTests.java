package vn.dangbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Waiting;

/**
 * The rules' versions are read once and kept until a change to them is committed and announced; a
 * transaction that adds a version reads it at once.
 */
@SpringBootTest
class KeptRulesTests {

  private static final RuleKey KEY = RuleKey.MEETING_ATTENDANCE_MIN_PERCENT;
  private static final LocalDate FROM = LocalDate.of(2031, 1, 1);

  @Autowired RuleBook rules;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theVersionsAreKeptUntilAVersionAddedIsCommitted() {
    Waiting.until(() -> rules.versions() == rules.versions(), "the versions to be kept");
    int before = rules.at(FROM, KEY).asInt();
    try {
      rules.add(
          new Rule(KEY, FROM, String.valueOf(before + 7), "Văn bản thử nghiệm", false), "test");

      Waiting.until(() -> rules.at(FROM, KEY).asInt() == before + 7, "the new version to be read");
      assertThat(rules.at(FROM.minusDays(1), KEY).asInt()).isEqualTo(before);
      Waiting.until(() -> rules.versions() == rules.versions(), "the versions to be kept again");
    } finally {
      jdbc.sql("delete from rule_value where rule_key = :key and effective_from = :from")
          .param("key", KEY.key())
          .param("from", FROM)
          .update();
    }
    Waiting.until(() -> rules.at(FROM, KEY).asInt() == before, "the version removed to be gone");
  }

  @Test
  void aTransactionThatAddsAVersionReadsIt() {
    Waiting.until(() -> rules.versions() == rules.versions(), "the versions to be kept");
    int before = rules.at(FROM, KEY).asInt();
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          rules.add(
              new Rule(KEY, FROM, String.valueOf(before + 3), "Văn bản thử nghiệm", false), "test");

          assertThat(rules.at(FROM, KEY).asInt()).isEqualTo(before + 3);
          assertThat(rules.versions()).extracting(RuleVersion::rule).contains(rules.at(FROM, KEY));
        });
    assertThat(rules.at(FROM, KEY).asInt()).isEqualTo(before);
  }
}
