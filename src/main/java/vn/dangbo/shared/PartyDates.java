package vn.dangbo.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Days a party event may fall on. Nothing of a party organisation (an admission, a meeting, a
 * decision, a status change) predates the founding of the Communist Party of Vietnam on 3 February
 * 1930 (its founding conference, marked every year as the Party's anniversary); a day before that
 * is a typing mistake (1900 for 2000), refused naming the field and the rule. Days of people's
 * lives (birth) and of the calendar are not party events and are not checked here.
 */
public final class PartyDates {

  /** The Party's founding day. */
  public static final LocalDate FOUNDED = LocalDate.of(1930, 2, 3);

  private PartyDates() {}

  /** Refuses a party event dated before the Party was founded. */
  public static LocalDate requireSinceFounding(String field, LocalDate day) {
    if (day != null && day.isBefore(FOUNDED)) {
      throw RefusedException.forField(field, "date.refused.beforeParty", format(day));
    }
    return day;
  }

  /** Refuses a decision dated before the Party was founded (its other fields may be blank). */
  public static DecisionRef requireSinceFounding(String field, DecisionRef decision) {
    if (decision != null) {
      requireSinceFounding(field, decision.date());
    }
    return decision;
  }

  private static String format(LocalDate day) {
    return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
