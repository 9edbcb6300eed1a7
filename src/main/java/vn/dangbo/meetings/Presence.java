package vn.dangbo.meetings;

/** Có mặt, vắng có lý do, vắng không lý do. */
public enum Presence {
  PRESENT,
  EXCUSED,
  UNEXCUSED
}
