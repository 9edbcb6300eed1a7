package vn.dangbo.dues;

/** What a member's dues are computed from (Quy định 01-QĐ/TW, 2026). */
public enum IncomeKind {
  /** Covered by compulsory social insurance: a share of the insured salary (declared). */
  INSURED_SALARY,
  /** On sick or maternity leave paid by social insurance: a share of the allowance (declared). */
  INSURANCE_ALLOWANCE,
  /** A pensioner: a share of the pension (declared). */
  PENSION,
  /** A pupil or student: a fixed amount. */
  STUDENT,
  /** On the social pension allowance (trợ cấp hưu trí xã hội): exempt. */
  SOCIAL_PENSION,
  /** Anyone else (a farmer, say): a share of the regional minimum wage, by age. */
  OTHER;

  /** Whether the rate is a share of an amount the member declares. */
  public boolean declared() {
    return this == INSURED_SALARY || this == INSURANCE_ALLOWANCE || this == PENSION;
  }
}
