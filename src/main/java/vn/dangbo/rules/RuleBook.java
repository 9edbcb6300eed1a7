package vn.dangbo.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.figures.KeptUntilChange;
import vn.dangbo.shared.AuditReason;
import vn.dangbo.shared.RefusedException;

/**
 * The rules in force on a given day and their versions. A new version takes effect from its day on;
 * cases judged before keep the version they were judged by.
 *
 * <p>The versions are read once and kept while the database announces no change that may concern
 * them ({@link FigureCache}: a change to rule_value concerns every organisation); a transaction
 * that writes reads them afresh, as it may have added one.
 */
@Service
public class RuleBook implements RuleSource {

  private final JdbcClient jdbc;
  private final List<DecidedCases> decided;
  private final Clock clock;
  private final KeptUntilChange<String, List<RuleVersion>> kept;

  RuleBook(JdbcClient jdbc, List<DecidedCases> decided, Clock clock, FigureCache changes) {
    this.jdbc = jdbc;
    this.decided = List.copyOf(decided);
    this.clock = clock;
    this.kept = new KeptUntilChange<>(changes, 1);
  }

  /**
   * The value of the rule in force on the day. A day before the rule's first value (most start in
   * 1930; those of a newer text, such as QĐ 366's points, on its day) is refused with a message.
   */
  @Override
  public Rule at(LocalDate day, RuleKey key) {
    if (KeptUntilChange.mayKeep()) {
      return versions().stream()
          .map(RuleVersion::rule)
          .filter(rule -> rule.key() == key && !rule.effectiveFrom().isAfter(day))
          .findFirst()
          .orElseThrow(() -> new RefusedException("rules.refused.noneInForce", day));
    }
    return jdbc.sql(
            """
            select effective_from, value, legal_basis, unconfirmed from rule_value
            where rule_key = :key and effective_from <= :day
            order by effective_from desc limit 1
            """)
        .param("key", key.key())
        .param("day", day)
        .query((rs, n) -> rule(key, rs))
        .optional()
        .orElseThrow(() -> new RefusedException("rules.refused.noneInForce", day));
  }

  /** The version of every known rule in force on the day; a rule without one yet is left out. */
  public List<Rule> inForce(LocalDate day) {
    var rules = new ArrayList<Rule>();
    jdbc.sql(
            """
            select distinct on (rule_key) * from rule_value where effective_from <= :day
            order by rule_key, effective_from desc
            """)
        .param("day", day)
        .query(
            rs -> {
              var key = RuleKey.of(rs.getString("rule_key"));
              if (key.isPresent()) {
                rules.add(rule(key.get(), rs));
              }
            });
    return rules;
  }

  /** Every version of every known rule, read once, to judge many cases in memory. */
  public RuleSet all() {
    return new RuleSet(versions().stream().map(RuleVersion::rule).toList());
  }

  /** Every version of every known rule, by rule then newest first. */
  public List<RuleVersion> versions() {
    return kept.get("versions", this::read);
  }

  private List<RuleVersion> read() {
    var versions = new ArrayList<RuleVersion>();
    jdbc.sql("select * from rule_value order by rule_key, effective_from desc")
        .query(
            rs -> {
              var key = RuleKey.of(rs.getString("rule_key"));
              if (key.isPresent()) {
                versions.add(
                    new RuleVersion(
                        rule(key.get(), rs),
                        rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()));
              }
            });
    return List.copyOf(versions);
  }

  /**
   * Adds a version of a rule from a day on. Refused when the value does not read as the rule's
   * kind, the legal basis is missing, or a version from that day exists (versions are never
   * changed: a correction is a new version).
   */
  @Transactional
  public Rule add(Rule rule, String by) {
    return add(rule, null, by);
  }

  /**
   * Adds a version as above. A version dated back over cases already decided under the version it
   * replaces (a step, a status change, a grade, from its day to today) is refused, naming how many
   * and the first few, unless {@code override} gives the reason: the audit line of the new version
   * then keeps that reason with the cases it reaches.
   */
  @Transactional
  public Rule add(Rule rule, String override, String by) {
    if (rule.key() == null || rule.effectiveFrom() == null || rule.value() == null) {
      throw new RefusedException("rules.refused.incomplete");
    }
    if (rule.legalBasis() == null || rule.legalBasis().isBlank()) {
      throw new RefusedException("rules.refused.legalBasis");
    }
    if (rule.legalBasis().length() > 500 || rule.value().length() > 500) {
      throw new RefusedException("rules.refused.tooLong");
    }
    Rule.checkValue(rule.key(), rule.value());
    requireNoCaseReached(rule, override);
    int added =
        jdbc.sql(
                """
                insert into rule_value (rule_key, effective_from, value, legal_basis, unconfirmed,
                  entered_by)
                values (:key, :from, :value, :basis, :unconfirmed, :by)
                on conflict do nothing
                """)
            .param("key", rule.key().key())
            .param("from", rule.effectiveFrom())
            .param("value", rule.value().strip())
            .param("basis", rule.legalBasis().strip())
            .param("unconfirmed", rule.unconfirmed())
            .param("by", by)
            .update();
    if (added == 0) {
      throw new RefusedException("rules.refused.exists", rule.effectiveFrom());
    }
    return at(rule.effectiveFrom(), rule.key());
  }

  /** How many decided cases the audit line of an override names. */
  private static final int CASES_NAMED = 20;

  private void requireNoCaseReached(Rule rule, String override) {
    LocalDate today = LocalDate.now(clock);
    if (rule.effectiveFrom().isAfter(today)) {
      return;
    }
    long count = 0;
    var named = new ArrayList<String>();
    for (var cases : decided) {
      if (cases.judgedBy().contains(rule.key())) {
        var found = cases.decidedBetween(rule.effectiveFrom(), today, CASES_NAMED);
        count += found.count();
        named.addAll(found.examples());
      }
    }
    if (count == 0) {
      return;
    }
    var shown = named.subList(0, Math.min(named.size(), 5));
    if (override == null || override.isBlank()) {
      throw RefusedException.forField(
          "effectiveFrom", "rules.refused.casesDecided", count, String.join("; ", shown));
    }
    AuditReason.give(
        jdbc,
        override.strip()
            + " | "
            + count
            + " cases decided since "
            + rule.effectiveFrom()
            + ": "
            + String.join("; ", named.subList(0, Math.min(named.size(), CASES_NAMED)))
            + (count > CASES_NAMED ? "; …" : ""));
  }

  private static Rule rule(RuleKey key, ResultSet rs) throws SQLException {
    return new Rule(
        key,
        rs.getObject("effective_from", LocalDate.class),
        rs.getString("value"),
        rs.getString("legal_basis"),
        rs.getBoolean("unconfirmed"));
  }
}
