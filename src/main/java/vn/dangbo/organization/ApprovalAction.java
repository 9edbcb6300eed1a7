package vn.dangbo.organization;

/** What an organisation does with a cell's admission proposal. */
public enum ApprovalAction {
  /** Appraisal report of a partial committee (form 7-KNĐ). */
  APPRAISAL,
  /** Resolution of a grassroots committee (form 8-KNĐ). */
  RESOLUTION,
  /** The admission decision itself (form 9-KNĐ). */
  DECISION
}
