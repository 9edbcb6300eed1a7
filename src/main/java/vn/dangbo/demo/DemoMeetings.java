package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.Meeting;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.meetings.Meetings;
import vn.dangbo.meetings.Presence;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.CommitteeMembers;

/**
 * Meetings of Làng Chếu's cells as the article tells it: until mid-2023 some cells met only every
 * two or three months; from July 2023 every cell meets monthly, with a thematic meeting each
 * quarter and the committee member in charge often present. One member of Khe Lóng, working far
 * away, is excused five meetings in a row in 2024.
 */
@Component
class DemoMeetings {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final LocalDate MONTHLY_FROM = LocalDate.of(2023, 7, 1);
  private static final LocalDate END = LocalDate.of(2025, 6, 30);

  private final Meetings meetings;

  private final vn.dangbo.meetings.MeetingMinutes meetingMinutes;
  private final CommitteeMembers committeeMembers;
  private final Random random = new Random(2023L);

  DemoMeetings(
      Meetings meetings,
      vn.dangbo.meetings.MeetingMinutes meetingMinutes,
      CommitteeMembers committeeMembers) {
    this.meetings = meetings;
    this.meetingMinutes = meetingMinutes;
    this.committeeMembers = committeeMembers;
  }

  void load(List<Long> cells, long farAwayCell) {
    for (long cell : cells) {
      boolean irregular = random.nextInt(3) > 0;
      LocalDate month = START;
      while (!month.isAfter(END)) {
        LocalDate day = month.withDayOfMonth(5 + random.nextInt(20));
        meeting(
            cell,
            MeetingKind.REGULAR,
            day,
            "Sinh hoạt thường kỳ tháng " + month.getMonthValue(),
            cell == farAwayCell);
        boolean monthly = !month.isBefore(MONTHLY_FROM);
        if (monthly && month.getMonthValue() % 3 == 2) {
          meeting(
              cell,
              MeetingKind.THEMATIC,
              day.plusDays(2),
              "Chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
              cell == farAwayCell);
        }
        LocalDate next = month.plusMonths(monthly || !irregular ? 1 : 2 + random.nextInt(2));
        // from July 2023 every cell meets monthly
        month = month.isBefore(MONTHLY_FROM) && next.isAfter(MONTHLY_FROM) ? MONTHLY_FROM : next;
      }
    }
  }

  private final Map<Long, Integer> farAwayStreak = new HashMap<>();

  private void meeting(long cell, MeetingKind kind, LocalDate day, String topic, boolean farAway) {
    // planned in the month before; before the change some meetings were called a day or two ahead
    LocalDate plannedOn =
        day.isBefore(MONTHLY_FROM) && random.nextInt(3) == 0
            ? day.minusDays(1 + random.nextInt(2))
            : day.withDayOfMonth(1).minusDays(5 + random.nextInt(20));
    long id =
        meetings.plan(
            cell, kind, day, "Nhà văn hóa bản", topic, null, plannedOn, ALL, DemoCommune.BY);
    var meeting = meetings.find(id, ALL).orElseThrow();
    var presence = new HashMap<Long, Presence>();
    var reasons = new HashMap<Long, String>();
    var members = meetings.members(meeting);
    long away =
        members.stream()
            .filter(m -> m.status() == MemberStatus.OFFICIAL)
            .mapToLong(m -> m.memberId())
            .min()
            .orElse(-1);
    for (var member : members) {
      int roll = random.nextInt(100);
      Presence p = roll < 90 ? Presence.PRESENT : roll < 98 ? Presence.EXCUSED : Presence.UNEXCUSED;
      if (farAway
          && member.memberId() == away
          && day.getYear() == 2024
          && day.getMonthValue() >= 3
          && farAwayStreak.merge(member.memberId(), 1, Integer::sum) <= 5) {
        p = Presence.EXCUSED;
        reasons.put(member.memberId(), "Đi làm ăn xa ở Bình Dương");
      } else if (p == Presence.EXCUSED) {
        reasons.put(member.memberId(), random.nextBoolean() ? "Ốm" : "Đi nương xa");
      }
      presence.put(member.memberId(), p);
    }
    var guests = new HashSet<Long>();
    if (random.nextInt(100) < (day.isBefore(MONTHLY_FROM) ? 20 : 60)) {
      committeeMembers.assignmentsUnder(cell, day, ALL).stream()
          .findFirst()
          .ifPresent(a -> guests.add(a.committeeMemberId()));
    }
    meetingMinutes.recordAttendance(id, meeting.version(), presence, reasons, guests, ALL);
    meeting = meetings.find(id, ALL).orElseThrow();
    meetingMinutes.writeMinutes(
        id,
        meeting.version(),
        new Meeting.Minutes(
            "Bí thư chi bộ",
            "Phó bí thư chi bộ",
            "Chi bộ đánh giá việc thực hiện nghị quyết tháng trước.",
            null,
            "Chi bộ thống nhất các nhiệm vụ tháng tới.",
            List.of()),
        ALL);
    meetingMinutes.close(id, meetings.find(id, ALL).orElseThrow().version(), ALL, DemoCommune.BY);
  }
}
