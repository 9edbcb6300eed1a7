package vn.dangbo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.shared.RefusedException;

/**
 * The minutes of a meeting as the aggregate judges them, with no Spring and no database: a cell's
 * meeting held on 10/05/2026 (today is 01/06/2026) whose members that day are 1 (official), 2
 * (exempted) and 3 (attached here); committee member 50 sits on a committee above, 60 does not.
 */
class MeetingTransitionsTests {

  private static final LocalDate HELD = LocalDate.of(2026, 5, 10);
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final Map<Long, MemberStatus> MEMBERS =
      Map.of(1L, MemberStatus.OFFICIAL, 2L, MemberStatus.EXEMPTED, 3L, MemberStatus.ATTACHED_HERE);
  private static final Meeting.Attendance THERE =
      new Meeting.Attendance(1, "Lò Văn Páo", Presence.PRESENT, null, true);

  @ParameterizedTest(name = "closed {0}, attendance {1}, chair {2}, secretary {3}: {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "false, true, Lò Văn Páo, Lò Thị Hoa, closed",
        "true, true, Lò Văn Páo, Lò Thị Hoa, meeting.refused.closed",
        "false, false, Lò Văn Páo, Lò Thị Hoa, meeting.refused.noAttendance",
        "false, true, -, Lò Thị Hoa, meeting.refused.noChair",
        "false, true, Lò Văn Páo, -, meeting.refused.noChair"
      })
  void closesOnlyWithAttendanceChairAndSecretary(
      boolean closed, boolean attended, String chair, String secretary, String expected) {
    var meeting = meeting(closed, attended ? List.of(THERE) : List.of(), chair, secretary);

    assertThat(outcome(() -> meeting.close(), "closed")).isEqualTo(expected);
  }

  @Test
  void recordsWhoWasThereAndWhoWasExpected() {
    var attendees =
        meeting(false, List.of(), null, null)
            .recordAttendance(
                Map.of(1L, Presence.PRESENT, 2L, Presence.EXCUSED, 3L, Presence.UNEXCUSED),
                Map.of(2L, "  Ốm  ", 1L, "không dùng"),
                Set.of(50L),
                MEMBERS,
                guest -> guest == 50L,
                TODAY);

    assertThat(attendees.attendance())
        .extracting(
            Meeting.Attendance::memberId, Meeting.Attendance::reason, Meeting.Attendance::counted)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1L, null, true),
            org.assertj.core.groups.Tuple.tuple(2L, "Ốm", false),
            org.assertj.core.groups.Tuple.tuple(3L, null, true));
    assertThat(attendees.guests()).containsExactly(50L);
  }

  @ParameterizedTest(name = "member {0}, guest {1}, held {2}: {3}")
  @CsvSource({
    "1, 50, 2026-05-10, recorded",
    "4, 50, 2026-05-10, meeting.refused.notAMember",
    "1, 60, 2026-05-10, meeting.refused.guest",
    "1, 50, 2026-06-02, meeting.refused.notYet"
  })
  void refusesAttendanceOfStrangersOrBeforeTheDay(
      long member, long guest, LocalDate held, String expected) {
    var meeting = meeting(false, List.of(), null, null, held);

    assertThat(
            outcome(
                () ->
                    meeting.recordAttendance(
                        Map.of(member, Presence.PRESENT),
                        Map.of(),
                        Set.of(guest),
                        MEMBERS,
                        g -> g == 50L,
                        TODAY),
                "recorded"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "cell {0}, on {1}, closed {2}: {3}")
  @CsvSource({
    "10, 2026-05-10, false, taken",
    "11, 2026-05-10, false, meeting.refused.otherMeeting",
    "10, 2026-05-11, false, meeting.refused.otherMeeting",
    "10, 2026-05-10, true, meeting.refused.closed"
  })
  void takesAResolutionOfItsOwnCellAndDayWhileOpen(
      long cell, LocalDate on, boolean closed, String expected) {
    var meeting = meeting(closed, List.of(THERE), "A", "B");
    var resolution = new Meeting.Resolution("Kết nạp quần chúng Lò Thị Hoa", 9, 0, null);

    assertThat(outcome(() -> meeting.takeResolution(cell, on, resolution), "taken"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "closed {0}, on {1}, text {2}: {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "true, 2026-05-20, Sửa số phiếu, added",
        "true, 2026-05-10, Sửa số phiếu, added",
        "false, 2026-05-20, Sửa số phiếu, meeting.refused.notClosed",
        "true, 2026-05-09, Sửa số phiếu, meeting.refused.addendumBeforeMeeting",
        "true, 2026-06-02, Sửa số phiếu, meeting.refused.incomplete",
        "true, 2026-05-20, -, meeting.refused.incomplete",
        "true, -, Sửa số phiếu, meeting.refused.incomplete"
      })
  void addsDatedAddendaToClosedMinutesOnly(
      boolean closed, LocalDate on, String text, String expected) {
    var meeting = meeting(closed, List.of(THERE), "A", "B");

    assertThat(outcome(() -> meeting.addendum(on, text, TODAY, "bithu"), "added"))
        .isEqualTo(expected);
  }

  @Test
  void keepsTheMinutesWithoutBlankResolutionsOrBlankText() {
    var written =
        meeting(false, List.of(), null, null)
            .writeMinutes(
                new Meeting.Minutes(
                    " Lò Văn Páo ",
                    " ",
                    null,
                    "Ý kiến",
                    null,
                    List.of(
                        new Meeting.Resolution("  Giao chỉ tiêu  ", 9, 0, 0),
                        new Meeting.Resolution(" ", null, null, null))));

    assertThat(written.chair()).isEqualTo("Lò Văn Páo");
    assertThat(written.secretary()).isNull();
    assertThat(written.resolutions())
        .extracting(Meeting.Resolution::text)
        .containsExactly("Giao chỉ tiêu");
    assertThat(
            outcome(
                () ->
                    meeting(true, List.of(), null, null)
                        .writeMinutes(new Meeting.Minutes("A", "B", null, null, null, List.of())),
                "written"))
        .isEqualTo("meeting.refused.closed");
    assertThat(
            outcome(
                () ->
                    meeting(false, List.of(), null, null)
                        .writeMinutes(
                            new Meeting.Minutes("A".repeat(121), "B", null, null, null, null)),
                "written"))
        .isEqualTo("member.refused.tooLong");
  }

  private static String outcome(Runnable verb, String done) {
    try {
      verb.run();
      return done;
    } catch (RefusedException refused) {
      return refused.messageCode();
    }
  }

  private static Meeting meeting(
      boolean closed, List<Meeting.Attendance> attendance, String chair, String secretary) {
    return meeting(closed, attendance, chair, secretary, HELD);
  }

  private static Meeting meeting(
      boolean closed,
      List<Meeting.Attendance> attendance,
      String chair,
      String secretary,
      LocalDate held) {
    return new Meeting(
        7,
        10,
        "Chi bộ bản Chếu",
        MeetingKind.REGULAR,
        held,
        "Nhà văn hóa bản",
        "Tháng 5",
        null,
        closed,
        chair,
        secretary,
        null,
        null,
        null,
        2,
        held.minusDays(10),
        null,
        attendance,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
