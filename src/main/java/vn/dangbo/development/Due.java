package vn.dangbo.development;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Something due by a day for a person: the admission decision, the ceremony, the renewal of a
 * certificate or a dossier, the consideration of official recognition. Warned of 30, 15 and 7 days
 * ahead, overdue after.
 *
 * @param what message code saying what is due
 * @param by the last day
 * @param rule the rule that sets the deadline, with its value and legal basis
 * @param beyondCalendar whether the deadline counts working days past the years the calendar of
 *     days off is recorded for, so that it may move when that year's holidays are recorded
 * @param extendedTo for a committee's decision, the last day a special case may be put off to; null
 *     otherwise
 */
public record Due(
    String what,
    LocalDate by,
    LocalDate today,
    String personName,
    String link,
    String rule,
    String value,
    String legalBasis,
    boolean beyondCalendar,
    LocalDate extendedTo) {

  /** The same, with the last day a special case may be put off to. */
  Due extendedTo(LocalDate day) {
    return new Due(what, by, today, personName, link, rule, value, legalBasis, beyondCalendar, day);
  }

  /** Days left until the deadline (negative when overdue). */
  @JsonProperty
  public long daysLeft() {
    return ChronoUnit.DAYS.between(today, by);
  }

  /** OVERDUE, DAYS_7, DAYS_15, DAYS_30 or LATER: the warning it deserves today. */
  @JsonProperty
  public String level() {
    long left = daysLeft();
    if (left < 0) {
      return "OVERDUE";
    }
    return left <= 7 ? "DAYS_7" : left <= 15 ? "DAYS_15" : left <= 30 ? "DAYS_30" : "LATER";
  }
}
