package vn.dangbo.development;

import java.time.LocalDate;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * A candidate's earlier membership, for re-admission (kết nạp lại): the day they left the Party,
 * how they left, the day a criminal record was cleared (for a less serious crime), how many times
 * they were re-admitted before, and the number of the provincial standing committee's written
 * consent, which the competent committee needs before it decides.
 */
public record FormerMembership(
    LocalDate leftOn,
    ExitReason reason,
    LocalDate recordClearedOn,
    int timesReadmitted,
    String provincialConsent) {

  /** How the person left the Party. */
  public enum ExitReason {
    REMOVED,
    EXPELLED,
    QUIT_ACTIVITIES,
    ASKED_TO_LEAVE,
    ASKED_TO_LEAVE_HARDSHIP,
    DISUNITY,
    CORRUPTION_CONVICTED,
    SERIOUS_CRIME_CONVICTED,
    LESS_SERIOUS_CRIME_CONVICTED
  }

  public FormerMembership {
    provincialConsent =
        provincialConsent == null || provincialConsent.isBlank() ? null : provincialConsent.strip();
  }

  /** Checks what can be checked without the rules, against today. */
  void check(LocalDate today) {
    if (leftOn == null || reason == null) {
      throw new RefusedException("development.refused.formerIncomplete");
    }
    PartyDates.requireSinceFounding("leftOn", leftOn);
    if (leftOn.isAfter(today)) {
      throw RefusedException.forField("leftOn", "development.refused.formerLeftInFuture");
    }
    if (reason == ExitReason.LESS_SERIOUS_CRIME_CONVICTED && recordClearedOn == null) {
      throw RefusedException.forField("recordClearedOn", "development.refused.formerRecordCleared");
    }
    if (timesReadmitted < 0 || timesReadmitted > 9) {
      throw RefusedException.forField("timesReadmitted", "development.refused.formerTimes");
    }
    if (provincialConsent != null && provincialConsent.length() > 60) {
      throw new RefusedException("rules.refused.tooLong");
    }
  }
}
