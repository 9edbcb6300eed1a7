package vn.dangbo.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.shared.RefusedException;

/**
 * A meeting with its attendance, guests, minutes, resolutions and addenda: the aggregate the
 * minutes act on. Each verb checks that the minutes are open (or, for an addendum, closed) and what
 * it is given, and answers what to store; {@link MeetingRepository} stores it.
 */
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

  /** The same meeting with the details read beside it. */
  Meeting withDetails(
      Notice notice,
      List<Attendance> attendance,
      List<Long> guests,
      List<Resolution> resolutions,
      List<Addendum> addenda,
      List<Document> documents) {
    return new Meeting(
        id,
        organizationId,
        organizationName,
        kind,
        heldOn,
        place,
        topic,
        agenda,
        closed,
        chair,
        secretary,
        reviewed,
        opinions,
        conclusions,
        version,
        plannedOn,
        notice,
        attendance,
        guests,
        resolutions,
        addenda,
        documents);
  }

  /** The statuses of members expected at their cell's meetings. */
  static final Set<MemberStatus> EXPECTED =
      EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY, MemberStatus.ATTACHED_HERE);

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

  /** The minutes as written: who chaired, who wrote them, and what was said and resolved. */
  public record Minutes(
      String chair,
      String secretary,
      String reviewed,
      String opinions,
      String conclusions,
      List<Resolution> resolutions) {}

  /**
   * Who was there, to replace what was recorded before: each member with their presence, the reason
   * of an absence, and whether they were expected that day; the committee members who came as
   * guests. Refused once the minutes are closed, before the meeting's day, for someone who was not
   * a member of the organisation that day ({@code membersOnTheDay}: each member's status then), and
   * for a guest who is not a member of a committee above ({@code committeeAbove}).
   */
  record Attendees(List<Attendance> attendance, Set<Long> guests) {}

  Attendees recordAttendance(
      Map<Long, Presence> presence,
      Map<Long, String> reasons,
      Set<Long> guests,
      Map<Long, MemberStatus> membersOnTheDay,
      Predicate<Long> committeeAbove,
      LocalDate today) {
    requireOpen();
    if (heldOn.isAfter(today)) {
      throw new RefusedException("meeting.refused.notYet");
    }
    for (var memberId : presence.keySet()) {
      if (!membersOnTheDay.containsKey(memberId)) {
        throw new RefusedException("meeting.refused.notAMember", memberId);
      }
    }
    var invited = guests == null ? Set.<Long>of() : Set.copyOf(guests);
    for (long guest : invited) {
      if (!committeeAbove.test(guest)) {
        throw new RefusedException("meeting.refused.guest");
      }
    }
    var rows = new ArrayList<Attendance>();
    for (var entry : presence.entrySet()) {
      String reason = reasons == null ? null : blankToNull(reasons.get(entry.getKey()));
      requireLength(reason, 300);
      rows.add(
          new Attendance(
              entry.getKey(),
              null,
              entry.getValue(),
              entry.getValue() == Presence.PRESENT ? null : reason,
              EXPECTED.contains(membersOnTheDay.get(entry.getKey()))));
    }
    return new Attendees(List.copyOf(rows), invited);
  }

  /** The minutes written (until closed), blank text kept as none and blank resolutions dropped. */
  Minutes writeMinutes(Minutes written) {
    requireOpen();
    requireLength(written.chair(), 120);
    requireLength(written.secretary(), 120);
    requireLength(written.reviewed(), 4000);
    requireLength(written.opinions(), 4000);
    requireLength(written.conclusions(), 4000);
    var kept = new ArrayList<Resolution>();
    for (var resolution :
        written.resolutions() == null ? List.<Resolution>of() : written.resolutions()) {
      if (resolution.text() == null || resolution.text().isBlank()) {
        continue;
      }
      requireLength(resolution.text(), 2000);
      kept.add(
          new Resolution(
              resolution.text().strip(),
              resolution.votesFor(),
              resolution.votesAgainst(),
              resolution.abstentions()));
    }
    return new Minutes(
        blankToNull(written.chair()),
        blankToNull(written.secretary()),
        blankToNull(written.reviewed()),
        blankToNull(written.opinions()),
        blankToNull(written.conclusions()),
        List.copyOf(kept));
  }

  /**
   * A resolution taken at the meeting by another part of dangbo (a candidate put on the sympathiser
   * list, an admission vote): the meeting must be the cell's, held that day, and still open.
   */
  Resolution takeResolution(long cellId, LocalDate on, Resolution resolution) {
    requireOpen();
    if (organizationId != cellId || !heldOn.equals(on)) {
      throw new RefusedException("meeting.refused.otherMeeting");
    }
    requireLength(resolution.text(), 2000);
    return resolution;
  }

  /** Closes the minutes: attendance, chair and secretary must be recorded. */
  void close() {
    requireOpen();
    if (attendance.isEmpty()) {
      throw new RefusedException("meeting.refused.noAttendance");
    }
    if (chair == null || secretary == null) {
      throw new RefusedException("meeting.refused.noChair");
    }
  }

  /**
   * A dated correction of closed minutes; the minutes themselves stay as they were closed. Dated
   * between the meeting and today.
   */
  Addendum addendum(LocalDate on, String text, LocalDate today, String by) {
    if (!closed) {
      throw new RefusedException("meeting.refused.notClosed");
    }
    if (on == null || text == null || text.isBlank() || on.isAfter(today)) {
      throw new RefusedException("meeting.refused.incomplete");
    }
    if (on.isBefore(heldOn)) {
      throw RefusedException.forField("on", "meeting.refused.addendumBeforeMeeting");
    }
    requireLength(text, 4000);
    return new Addendum(on, text.strip(), by);
  }

  /** Refuses a change to closed minutes. */
  void requireOpen() {
    if (closed) {
      throw new RefusedException("meeting.refused.closed");
    }
  }

  static void requireLength(String value, int max) {
    if (value != null && value.length() > max) {
      throw new RefusedException("member.refused.tooLong");
    }
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
