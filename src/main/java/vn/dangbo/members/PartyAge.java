package vn.dangbo.members;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Party age (tuổi đảng): counted from the admission decision date, less every period in which the
 * member was out of the Party (removed or expelled until re-admitted).
 */
public record PartyAge(long months, long daysOut) {

  /**
   * @param admissionDecision the date of the admission decision
   * @param history the status changes, oldest first
   * @param on the day for which the age is asked
   */
  public static PartyAge of(LocalDate admissionDecision, List<StatusChange> history, LocalDate on) {
    if (admissionDecision == null || on.isBefore(admissionDecision)) {
      return new PartyAge(0, 0);
    }
    long days = ChronoUnit.DAYS.between(admissionDecision, on);
    LocalDate outSince = null;
    for (var change : history) {
      LocalDate day = change.effectiveOn();
      if (day.isAfter(on)) {
        break;
      }
      if (change.to().interruptsPartyAge() && outSince == null) {
        outSince = day;
      } else if (!change.to().interruptsPartyAge() && outSince != null) {
        days -= ChronoUnit.DAYS.between(outSince, day);
        outSince = null;
      }
    }
    if (outSince != null) {
      days -= ChronoUnit.DAYS.between(outSince, on);
    }
    LocalDate shifted = admissionDecision.plusDays(days);
    long out = ChronoUnit.DAYS.between(admissionDecision, on) - days;
    return new PartyAge(ChronoUnit.MONTHS.between(admissionDecision, shifted), out);
  }

  /** The day this party age reaches the given number of years, if no further interruption comes. */
  public LocalDate reaches(LocalDate admissionDecision, int years) {
    return admissionDecision.plusYears(years).plusDays(daysOut);
  }

  public long years() {
    return months / 12;
  }

  public long remainingMonths() {
    return months % 12;
  }
}
