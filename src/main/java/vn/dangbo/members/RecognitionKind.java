package vn.dangbo.members;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of the official-recognition file of a probationary member, in order: the documents
 * (mentor's assessment, self-review, new-member course certificate, comments of the mass
 * organisation and the residence), the cell's vote, the committee's vote where the approval chain
 * has one, and the decision.
 */
public enum RecognitionKind {
  MENTOR_ASSESSMENT,
  SELF_REVIEW,
  NEW_MEMBER_COURSE,
  COMMENTS,
  CELL_VOTE,
  COMMITTEE_VOTE,
  DECISION;

  /** The documents the cell must have before it votes. */
  public static Set<RecognitionKind> documents() {
    return EnumSet.of(MENTOR_ASSESSMENT, SELF_REVIEW, NEW_MEMBER_COURSE, COMMENTS);
  }
}
