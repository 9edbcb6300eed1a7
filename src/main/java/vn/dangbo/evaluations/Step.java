package vn.dangbo.evaluations;

/** The steps of an evaluation, in their order. */
public enum Step {
  /** The member's or the organisation's own assessment (tự đánh giá, xếp loại). */
  SELF,
  /** The proposal: the cell for its members, the superior for an organisation (đề xuất). */
  PROPOSAL,
  /** The competent committee's decision (quyết định xếp loại). */
  DECISION;

  /** The step before this one, or null for the first. */
  public Step previous() {
    return this == SELF ? null : values()[ordinal() - 1];
  }

  /** The step after this one, or null for the last. */
  public Step next() {
    return this == DECISION ? null : values()[ordinal() + 1];
  }
}
