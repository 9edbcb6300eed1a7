package vn.dangbo.rules;

import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dangbo.shared.WorkingDays;

/** The rules in force on a given day. */
@Service
public class RuleBook {

  private final JdbcClient jdbc;

  RuleBook(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The working-day calendar with the public holidays recorded between the two days. */
  public WorkingDays workingDays(LocalDate from, LocalDate to) {
    return new WorkingDays(
        new HashSet<>(
            jdbc.sql("select day from public_holiday where day between :from and :to")
                .param("from", from)
                .param("to", to)
                .query(LocalDate.class)
                .list()));
  }

  /** The value of the rule in force on the day; every known rule has a value from 1930 on. */
  public Rule at(LocalDate day, RuleKey key) {
    return jdbc.sql(
            """
            select effective_from, value, legal_basis, unconfirmed from rule_value
            where rule_key = :key and effective_from <= :day
            order by effective_from desc limit 1
            """)
        .param("key", key.key())
        .param("day", day)
        .query(
            (rs, n) ->
                new Rule(
                    key,
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getString("value"),
                    rs.getString("legal_basis"),
                    rs.getBoolean("unconfirmed")))
        .optional()
        .orElseThrow(() -> new IllegalStateException("No value of " + key.key() + " on " + day));
  }
}
