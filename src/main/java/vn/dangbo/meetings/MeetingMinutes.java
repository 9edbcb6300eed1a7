package vn.dangbo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The minutes of a meeting: attendance, the minutes written until they are closed, the resolutions
 * taken, the closing, and dated addenda afterwards.
 */
@Service
public class MeetingMinutes {

  private final JdbcClient jdbc;
  private final Meetings meetings;
  private final MemberStatistics statistics;
  private final CommitteeMembers committeeMembers;
  private final Organizations organizations;
  private final Clock clock;

  MeetingMinutes(
      JdbcClient jdbc,
      Meetings meetings,
      MemberStatistics statistics,
      CommitteeMembers committeeMembers,
      Organizations organizations,
      Clock clock) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.statistics = statistics;
    this.committeeMembers = committeeMembers;
    this.organizations = organizations;
    this.clock = clock;
  }

  /**
   * Records who was there, replacing what was recorded before (until closed). A member exempted or
   * attached elsewhere may be recorded, but does not count in the attendance rate. Guests are
   * committee members, above all the one in charge of the cell.
   */
  @Transactional
  public void recordAttendance(
      long meetingId,
      int version,
      Map<Long, Presence> presence,
      Map<Long, String> reasons,
      Set<Long> guests,
      OrganizationScope scope) {
    var meeting = meetings.open(meetingId, scope);
    if (meeting.heldOn().isAfter(LocalDate.now(clock))) {
      throw new RefusedException("meeting.refused.notYet");
    }
    var members = new HashMap<Long, MemberStatistics.OnDay>();
    statistics
        .membersOn(meeting.organizationId(), meeting.heldOn())
        .forEach(m -> members.put(m.memberId(), m));
    for (var memberId : presence.keySet()) {
      if (!members.containsKey(memberId)) {
        throw new RefusedException("meeting.refused.notAMember", memberId);
      }
    }
    var committeesAbove =
        organizations.selfAndAncestorsOn(meeting.organizationId(), meeting.heldOn());
    for (long guest : guests == null ? Set.<Long>of() : guests) {
      boolean ofACommitteeAbove =
          committeeMembers
              .find(guest)
              .filter(m -> committeesAbove.contains(m.committeeId()))
              .isPresent();
      if (!ofACommitteeAbove) {
        throw new RefusedException("meeting.refused.guest");
      }
    }
    meetings.bump(meetingId, version);
    jdbc.sql("delete from meeting_attendance where meeting_id = :id")
        .param("id", meetingId)
        .update();
    jdbc.sql("delete from meeting_guest where meeting_id = :id").param("id", meetingId).update();
    for (var entry : presence.entrySet()) {
      String reason = reasons == null ? null : Meetings.blankToNull(reasons.get(entry.getKey()));
      Meetings.requireLength(reason, 300);
      jdbc.sql(
              """
              insert into meeting_attendance (meeting_id, member_id, presence, reason, counted)
              values (:meeting, :member, :presence, :reason, :counted)
              """)
          .param("meeting", meetingId)
          .param("member", entry.getKey())
          .param("presence", entry.getValue().name())
          .param("reason", entry.getValue() == Presence.PRESENT ? null : reason)
          .param("counted", Meetings.EXPECTED.contains(members.get(entry.getKey()).status()))
          .update();
    }
    for (long guest : guests == null ? Set.<Long>of() : guests) {
      jdbc.sql(
              """
              insert into meeting_guest (meeting_id, committee_member_id)
              values (:meeting, :guest) on conflict do nothing
              """)
          .param("meeting", meetingId)
          .param("guest", guest)
          .update();
    }
  }

  /** Writes the minutes (until closed). */
  @Transactional
  public void writeMinutes(
      long meetingId,
      int version,
      String chair,
      String secretary,
      String reviewed,
      String opinions,
      String conclusions,
      List<Meeting.Resolution> resolutions,
      OrganizationScope scope) {
    meetings.open(meetingId, scope);
    Meetings.requireLength(chair, 120);
    Meetings.requireLength(secretary, 120);
    Meetings.requireLength(reviewed, 4000);
    Meetings.requireLength(opinions, 4000);
    Meetings.requireLength(conclusions, 4000);
    meetings.bump(meetingId, version);
    jdbc.sql(
            """
            update meeting set chair = :chair, secretary = :secretary, reviewed = :reviewed,
              opinions = :opinions, conclusions = :conclusions
            where id = :id
            """)
        .param("chair", Meetings.blankToNull(chair))
        .param("secretary", Meetings.blankToNull(secretary))
        .param("reviewed", Meetings.blankToNull(reviewed))
        .param("opinions", Meetings.blankToNull(opinions))
        .param("conclusions", Meetings.blankToNull(conclusions))
        .param("id", meetingId)
        .update();
    jdbc.sql("delete from meeting_resolution where meeting_id = :id")
        .param("id", meetingId)
        .update();
    for (var resolution : resolutions == null ? List.<Meeting.Resolution>of() : resolutions) {
      if (resolution.text() == null || resolution.text().isBlank()) {
        continue;
      }
      Meetings.requireLength(resolution.text(), 2000);
      jdbc.sql(
              """
              insert into meeting_resolution (meeting_id, text, votes_for, votes_against,
                abstentions)
              values (:meeting, :text, :for, :against, :abstentions)
              """)
          .param("meeting", meetingId)
          .param("text", resolution.text().strip())
          .param("for", resolution.votesFor())
          .param("against", resolution.votesAgainst())
          .param("abstentions", resolution.abstentions())
          .update();
    }
  }

  /**
   * Adds a resolution taken at the meeting by another part of dangbo (a candidate put on the
   * sympathiser list, an admission vote), so it is typed once. The meeting must be the cell's, held
   * that day, and still open.
   */
  @Transactional
  public void addResolution(
      long meetingId,
      long cellId,
      LocalDate on,
      String text,
      Integer votesFor,
      Integer votesAgainst,
      OrganizationScope scope) {
    var meeting = meetings.open(meetingId, scope);
    if (meeting.organizationId() != cellId || !meeting.heldOn().equals(on)) {
      throw new RefusedException("meeting.refused.otherMeeting");
    }
    Meetings.requireLength(text, 2000);
    jdbc.sql(
            """
            insert into meeting_resolution (meeting_id, text, votes_for, votes_against)
            values (:meeting, :text, :for, :against)
            """)
        .param("meeting", meetingId)
        .param("text", text)
        .param("for", votesFor)
        .param("against", votesAgainst)
        .update();
  }

  /** Closes the minutes: attendance, chair and secretary must be recorded. */
  @Transactional
  public void close(long meetingId, int version, OrganizationScope scope, String by) {
    var meeting = meetings.open(meetingId, scope);
    if (meeting.attendance().isEmpty()) {
      throw new RefusedException("meeting.refused.noAttendance");
    }
    if (meeting.chair() == null || meeting.secretary() == null) {
      throw new RefusedException("meeting.refused.noChair");
    }
    meetings.bump(meetingId, version);
    jdbc.sql(
            "update meeting set status = 'CLOSED', closed_at = now(), closed_by = :by where id = :id")
        .param("by", by)
        .param("id", meetingId)
        .update();
  }

  /** A dated correction of closed minutes; the minutes themselves stay as they were closed. */
  @Transactional
  public void addendum(
      long meetingId, LocalDate on, String text, OrganizationScope scope, String by) {
    var meeting =
        meetings
            .find(meetingId, scope)
            .orElseThrow(() -> new NotFoundException("meeting.notFound"));
    scope.requireManager(meeting.organizationId());
    if (!meeting.closed()) {
      throw new RefusedException("meeting.refused.notClosed");
    }
    if (on == null || text == null || text.isBlank() || on.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("meeting.refused.incomplete");
    }
    if (on.isBefore(meeting.heldOn())) {
      throw RefusedException.forField("on", "meeting.refused.addendumBeforeMeeting");
    }
    Meetings.requireLength(text, 4000);
    jdbc.sql(
            """
            insert into meeting_addendum (meeting_id, on_date, text, entered_by)
            values (:id, :on, :text, :by)
            """)
        .param("id", meetingId)
        .param("on", on)
        .param("text", text.strip())
        .param("by", by)
        .update();
  }
}
