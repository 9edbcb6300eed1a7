package vn.dangbo.evaluations;

/** How often a cycle reviews: yearly, quarterly, or when needed (QĐ 366-QĐ/TW allows all three). */
public enum PeriodKind {
  YEAR,
  QUARTER,
  AD_HOC
}
