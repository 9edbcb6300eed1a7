package vn.dangbo.rules;

/** The rules dangbo knows, by their key in the rulebook. */
public enum RuleKey {
  /** Length of probation, in months from the admission ceremony. */
  PROBATION_MONTHS("probation.months"),
  /** Party ages at which a badge is awarded, in years. */
  BADGE_MILESTONES_YEARS("badge.milestones.years"),
  /** How early a seriously ill member may receive a badge of 30 to 65 years, in months. */
  BADGE_EARLY_MONTHS_UP_TO_65("badge.early.months.upTo65"),
  /** How early a seriously ill member may receive a badge of 70 years or more, in months. */
  BADGE_EARLY_MONTHS_FROM_70("badge.early.months.from70"),
  /** Working days a transferring member has to complete the transfer. */
  TRANSFER_COMPLETE_WORKING_DAYS("transfer.complete.workingDays"),
  /** Working days to present the introduction letter to the receiving cell. */
  TRANSFER_PRESENT_WORKING_DAYS("transfer.present.workingDays");

  private final String key;

  RuleKey(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
