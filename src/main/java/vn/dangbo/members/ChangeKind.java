package vn.dangbo.members;

/** What a history entry records besides the status it leaves the member in. */
public enum ChangeKind {
  /** A change of status through a decision (or the opening of the record). */
  STATUS,
  /** Tiếp nhận đảng viên chuyển đến: the member arrives in a cell from elsewhere. */
  TRANSFER_IN,
  /** Chuyển sinh hoạt nội bộ: the member moves to another cell under the same committee. */
  MOVE
}
