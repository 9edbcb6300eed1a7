package vn.dangbo.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The cases a module has decided under rules of the rulebook (admission steps, status changes,
 * evaluation decisions): a rule version dated back over them would change the rule they were judged
 * by, so it is refused unless the administrator overrides with a reason, and the audit line lists
 * them. Each module that decides cases under rules answers for its own.
 */
public interface DecidedCases {

  /** The rules these cases are judged by. */
  Set<RuleKey> judgedBy();

  /** The cases decided from {@code from} through {@code through}: how many, and the first few. */
  Found decidedBetween(LocalDate from, LocalDate through, int examples);

  /**
   * The cases of a query that selects {@code label} and {@code day} for the days from {@code :from}
   * through {@code :through}: how many, and the first few by day and label, in one statement.
   */
  static Found find(
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      String cases,
      LocalDate from,
      LocalDate through,
      int examples) {
    var rows =
        jdbc.sql(
                "select label, count(*) over () as total from ("
                    + cases
                    + ") c order by day, label limit :examples")
            .param("from", from)
            .param("through", through)
            .param("examples", examples)
            .query((rs, n) -> new Object[] {rs.getString("label"), rs.getLong("total")})
            .list();
    return new Found(
        rows.isEmpty() ? 0 : (Long) rows.get(0)[1], rows.stream().map(r -> (String) r[0]).toList());
  }

  /**
   * Cases found: their number, and a few named for a person to look up (kind, day and name).
   *
   * @param count how many cases there are
   * @param examples the first few, each as "name: what, day"
   */
  record Found(long count, List<String> examples) {

    public Found {
      examples = List.copyOf(examples);
    }
  }
}
