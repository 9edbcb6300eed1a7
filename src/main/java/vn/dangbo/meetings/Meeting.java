package vn.dangbo.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
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
    LocalDate plannedOn,
    Notice notice,
    List<Attendance> attendance,
    List<Long> guests,
    List<Resolution> resolutions,
    List<Addendum> addenda,
    List<Document> documents) {

  /** One member at the meeting; {@code counted} when they were expected that day. */
  public record Attendance(
      long memberId, String fullName, Presence presence, String reason, boolean counted) {}

  /** A resolution passed at the meeting, with its votes. */
  public record Resolution(
      String text, Integer votesFor, Integer votesAgainst, Integer abstentions) {}

  /** A dated correction of closed minutes. */
  public record Addendum(LocalDate on, String text, String enteredBy) {}

  /**
   * How much notice the members had: the days between planning and the meeting against the days the
   * rulebook asks, and whether a cell's topic was entered only after its month had begun.
   */
  public record Notice(long daysGiven, int daysRequired, boolean topicAfterMonthBegan) {

    /** Planned later than the rules ask. */
    @JsonProperty
    public boolean late() {
      return daysGiven < daysRequired || topicAfterMonthBegan;
    }
  }

  /**
   * A document attached to the meeting (its content is fetched separately); {@code afterClosing}
   * when added once the minutes were closed (the signed minutes, say), which members do not see.
   */
  public record Document(
      long id,
      String fileName,
      String contentType,
      int size,
      String uploadedBy,
      boolean afterClosing) {}

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
