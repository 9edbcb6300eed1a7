package vn.dangbo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;

/**
 * The minutes of a meeting: attendance, the minutes written until they are closed, the resolutions
 * taken, the closing, and dated addenda afterwards.
 */
@Service
public class MeetingMinutes {

  private final MeetingRepository repository;
  private final Meetings meetings;
  private final MemberStatistics statistics;
  private final CommitteeMembers committeeMembers;
  private final Organizations organizations;
  private final Clock clock;

  MeetingMinutes(
      MeetingRepository repository,
      Meetings meetings,
      MemberStatistics statistics,
      CommitteeMembers committeeMembers,
      Organizations organizations,
      Clock clock) {
    this.repository = repository;
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
    var meeting = meetings.managed(meetingId, scope);
    var members = new HashMap<Long, MemberStatus>();
    statistics
        .membersOn(meeting.organizationId(), meeting.heldOn())
        .forEach(m -> members.put(m.memberId(), m.status()));
    var committeesAbove =
        organizations.selfAndAncestorsOn(meeting.organizationId(), meeting.heldOn());
    var attendees =
        meeting.recordAttendance(
            presence,
            reasons,
            guests,
            members,
            guest ->
                committeeMembers
                    .find(guest)
                    .filter(m -> committeesAbove.contains(m.committeeId()))
                    .isPresent(),
            LocalDate.now(clock));
    repository.saveAttendance(meetingId, version, attendees);
  }

  /** Writes the minutes (until closed). */
  @Transactional
  public void writeMinutes(
      long meetingId, int version, Meeting.Minutes minutes, OrganizationScope scope) {
    var meeting = meetings.managed(meetingId, scope);
    repository.saveMinutes(meetingId, version, meeting.writeMinutes(minutes));
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
      Meeting.Resolution resolution,
      OrganizationScope scope) {
    var meeting = meetings.managed(meetingId, scope);
    repository.addResolution(meetingId, meeting.takeResolution(cellId, on, resolution));
  }

  /** Closes the minutes: attendance, chair and secretary must be recorded. */
  @Transactional
  public void close(long meetingId, int version, OrganizationScope scope, String by) {
    meetings.managed(meetingId, scope).close();
    repository.close(meetingId, version, by);
  }

  /** A dated correction of closed minutes; the minutes themselves stay as they were closed. */
  @Transactional
  public void addendum(
      long meetingId, LocalDate on, String text, OrganizationScope scope, String by) {
    var meeting = meetings.managed(meetingId, scope);
    repository.addAddendum(meetingId, meeting.addendum(on, text, LocalDate.now(clock), by));
  }
}
