package vn.dangbo.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.Meeting;
import vn.dangbo.meetings.Meetings;
import vn.dangbo.offline.OfflinePages;

/**
 * Kept on a phone for a cell: its meetings still open (not closed) of the last two months and the
 * next one, where attendance and minutes are recorded.
 */
@Component
class MeetingOfflinePages implements OfflinePages {

  private final Meetings meetings;
  private final Clock clock;

  MeetingOfflinePages(Meetings meetings, Clock clock) {
    this.meetings = meetings;
    this.clock = clock;
  }

  @Override
  public List<String> forCell(long cellId, OrganizationScope scope) {
    LocalDate today = LocalDate.now(clock);
    return meetings.open(cellId, today.minusMonths(2), today.plusMonths(1), scope).stream()
        .map(Meeting::id)
        .map(id -> "/meetings/" + id)
        .toList();
  }
}
