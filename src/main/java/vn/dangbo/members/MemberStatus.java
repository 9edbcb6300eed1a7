package vn.dangbo.members;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member stands. Each status lists the ones it may change to; anything else is refused with
 * a reason, so a deceased member cannot be transferred and a probationary member cannot be
 * exempted.
 */
public enum MemberStatus {
  /** Đảng viên dự bị. */
  PROBATIONARY,
  /** Đảng viên chính thức. */
  OFFICIAL,
  /** Miễn công tác và sinh hoạt đảng (elderly or weak members). */
  EXEMPTED,
  /** Tạm miễn sinh hoạt (far away, itinerant). */
  TEMPORARILY_EXEMPTED,
  /** Sinh hoạt tạm thời ở nơi khác: still counted here. */
  ATTACHED_ELSEWHERE,
  /** Sinh hoạt tạm thời tại đây: a member of another cell, not counted here. */
  ATTACHED_HERE,
  /** Đã chuyển sinh hoạt đi. */
  TRANSFERRED_OUT,
  /** Xóa tên. */
  REMOVED,
  /** Khai trừ. */
  EXPELLED,
  /** Từ trần. */
  DECEASED;

  private static final Set<MemberStatus> ENDED =
      EnumSet.of(TRANSFERRED_OUT, REMOVED, EXPELLED, DECEASED);

  /** The statuses this one may change to through a decision. */
  public Set<MemberStatus> next() {
    return switch (this) {
      case PROBATIONARY ->
          EnumSet.of(OFFICIAL, ATTACHED_ELSEWHERE, TRANSFERRED_OUT, REMOVED, DECEASED);
      case OFFICIAL ->
          EnumSet.of(
              EXEMPTED,
              TEMPORARILY_EXEMPTED,
              ATTACHED_ELSEWHERE,
              TRANSFERRED_OUT,
              REMOVED,
              EXPELLED,
              DECEASED);
      case EXEMPTED, TEMPORARILY_EXEMPTED ->
          EnumSet.of(OFFICIAL, TRANSFERRED_OUT, REMOVED, EXPELLED, DECEASED);
      case ATTACHED_ELSEWHERE ->
          EnumSet.of(OFFICIAL, PROBATIONARY, TRANSFERRED_OUT, REMOVED, EXPELLED, DECEASED);
      case ATTACHED_HERE -> EnumSet.of(TRANSFERRED_OUT, DECEASED);
      // re-admission (kết nạp lại) starts a new probation on the same record
      case REMOVED, EXPELLED -> EnumSet.of(PROBATIONARY);
      case TRANSFERRED_OUT, DECEASED -> EnumSet.noneOf(MemberStatus.class);
    };
  }

  /** A member's record starts in one of these: entered from paper, admitted, or attached here. */
  public static Set<MemberStatus> initial() {
    return EnumSet.of(PROBATIONARY, OFFICIAL, EXEMPTED, TEMPORARILY_EXEMPTED, ATTACHED_HERE);
  }

  /** Whether the member counts in the cell's total (đảng số). */
  public boolean countedInCellTotal() {
    return this != ATTACHED_HERE && !ENDED.contains(this);
  }

  /** A status that lasts a while and then ends: the decision says until when. */
  public boolean temporary() {
    return this == ATTACHED_ELSEWHERE || this == ATTACHED_HERE || this == TEMPORARILY_EXEMPTED;
  }

  /** No longer a member of this cell. */
  public boolean ended() {
    return ENDED.contains(this);
  }

  /** Periods in these statuses do not count towards party age. */
  public boolean interruptsPartyAge() {
    return this == REMOVED || this == EXPELLED;
  }
}
