package vn.dangbo.meetings;

/** Sinh hoạt thường kỳ (monthly), chuyên đề (at least quarterly), or the committee's meeting. */
public enum MeetingKind {
  REGULAR,
  THEMATIC,
  COMMITTEE
}
