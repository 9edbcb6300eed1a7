package vn.dangbo.meetings;

import java.time.LocalDate;
import java.util.List;

/** A meeting with its attendance, guests, minutes, resolutions and addenda. */
public record Meeting(
    long id,
    long organizationId,
    String organizationName,
    MeetingKind kind,
    LocalDate heldOn,
    String place,
    String topic,
    String agenda,
    boolean closed,
    String chair,
    String secretary,
    String reviewed,
    String opinions,
    String conclusions,
    int version,
    List<Attendance> attendance,
    List<Long> guests,
    List<Resolution> resolutions,
    List<Addendum> addenda) {

  /** One member at the meeting; {@code counted} when they were expected that day. */
  public record Attendance(
      long memberId, String fullName, Presence presence, String reason, boolean counted) {}

  /** A resolution passed at the meeting, with its votes. */
  public record Resolution(
      String text, Integer votesFor, Integer votesAgainst, Integer abstentions) {}

  /** A dated correction of closed minutes. */
  public record Addendum(LocalDate on, String text, String enteredBy) {}

  /** Present among the members expected, in percent, or null before attendance is recorded. */
  public Integer attendancePercent() {
    long counted = attendance.stream().filter(Attendance::counted).count();
    if (counted == 0) {
      return null;
    }
    long present =
        attendance.stream().filter(a -> a.counted() && a.presence() == Presence.PRESENT).count();
    return (int) Math.round(present * 100.0 / counted);
  }
}
