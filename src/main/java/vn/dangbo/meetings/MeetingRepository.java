package vn.dangbo.meetings;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where the minutes of a meeting are written: attendance and guests, the minutes and their
 * resolutions, the closing and the addenda. Each change but an addendum checks and moves the
 * meeting's optimistic version.
 */
@Repository
class MeetingRepository {

  private final JdbcClient jdbc;

  MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces who was there. */
  void saveAttendance(long meetingId, int version, Meeting.Attendees attendees) {
    bump(meetingId, version);
    jdbc.sql("delete from meeting_attendance where meeting_id = :id")
        .param("id", meetingId)
        .update();
    jdbc.sql("delete from meeting_guest where meeting_id = :id").param("id", meetingId).update();
    for (var row : attendees.attendance()) {
      jdbc.sql(
              """
              insert into meeting_attendance (meeting_id, member_id, presence, reason, counted)
              values (:meeting, :member, :presence, :reason, :counted)
              """)
          .param("meeting", meetingId)
          .param("member", row.memberId())
          .param("presence", row.presence().name())
          .param("reason", row.reason())
          .param("counted", row.counted())
          .update();
    }
    for (long guest : attendees.guests()) {
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

  /** Replaces the minutes and their resolutions. */
  void saveMinutes(long meetingId, int version, Meeting.Minutes minutes) {
    bump(meetingId, version);
    jdbc.sql(
            """
            update meeting set chair = :chair, secretary = :secretary, reviewed = :reviewed,
              opinions = :opinions, conclusions = :conclusions
            where id = :id
            """)
        .param("chair", minutes.chair())
        .param("secretary", minutes.secretary())
        .param("reviewed", minutes.reviewed())
        .param("opinions", minutes.opinions())
        .param("conclusions", minutes.conclusions())
        .param("id", meetingId)
        .update();
    jdbc.sql("delete from meeting_resolution where meeting_id = :id")
        .param("id", meetingId)
        .update();
    minutes.resolutions().forEach(r -> addResolution(meetingId, r));
  }

  /** Adds one resolution to the minutes. */
  void addResolution(long meetingId, Meeting.Resolution resolution) {
    jdbc.sql(
            """
            insert into meeting_resolution (meeting_id, text, votes_for, votes_against,
              abstentions)
            values (:meeting, :text, :for, :against, :abstentions)
            """)
        .param("meeting", meetingId)
        .param("text", resolution.text())
        .param("for", resolution.votesFor())
        .param("against", resolution.votesAgainst())
        .param("abstentions", resolution.abstentions())
        .update();
  }

  void close(long meetingId, int version, String by) {
    bump(meetingId, version);
    jdbc.sql(
            "update meeting set status = 'CLOSED', closed_at = now(), closed_by = :by where id = :id")
        .param("by", by)
        .param("id", meetingId)
        .update();
  }

  void addAddendum(long meetingId, Meeting.Addendum addendum) {
    jdbc.sql(
            """
            insert into meeting_addendum (meeting_id, on_date, text, entered_by)
            values (:id, :on, :text, :by)
            """)
        .param("id", meetingId)
        .param("on", addendum.on())
        .param("text", addendum.text())
        .param("by", addendum.enteredBy())
        .update();
  }

  private void bump(long meetingId, int version) {
    int updated =
        jdbc.sql("update meeting set version = version + 1 where id = :id and version = :version")
            .param("id", meetingId)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("meeting " + meetingId + " changed");
    }
  }
}
