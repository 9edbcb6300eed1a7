package vn.dangbo.meetings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;

/**
 * What the meetings of the user's cells call for today: a cell with no regular meeting planned for
 * next month, minutes still open a week after the meeting, and a member excused at every one of the
 * last meetings, more times in a row than the rule allows.
 */
@Service
public class MeetingReminders {

  /** One reminder: what, about which cell or member, and where to act. */
  public record Reminder(String what, String about, String cellName, String link) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final RuleBook rules;

  MeetingReminders(JdbcClient jdbc, Organizations organizations, RuleBook rules) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.rules = rules;
  }

  @Transactional(readOnly = true)
  public List<Reminder> of(OrganizationScope scope, LocalDate today) {
    if (!scope.personalRecords()) {
      return List.of();
    }
    var cells = organizations.cellsOn(today, scope);
    Long[] ids = cells.stream().map(OrganizationNode::id).toArray(Long[]::new);
    LocalDate nextMonth = today.plusMonths(1).withDayOfMonth(1);
    int maxInRow = rules.at(today, RuleKey.MEETING_EXCUSED_MAX_IN_ROW).asInt();
    // three questions for all the cells at once, answered cell by cell below
    var planned =
        new HashSet<>(
            jdbc.sql(
                    """
                    select distinct organization_id from meeting where organization_id = any(:cells)
                      and kind = 'REGULAR' and held_on between :from and :to
                    """)
                .param("cells", ids)
                .param("from", nextMonth)
                .param("to", nextMonth.plusMonths(1).minusDays(1))
                .query(Long.class)
                .list());
    var names = new HashMap<Long, String>();
    cells.forEach(c -> names.put(c.id(), c.name()));
    var later = new HashMap<Long, List<Reminder>>();
    jdbc.sql(
            """
            select id, organization_id, held_on from meeting where organization_id = any(:cells)
              and status = 'PLANNED' and held_on <= :weekAgo order by held_on, id
            """)
        .param("cells", ids)
        .param("weekAgo", today.minusDays(7))
        .query(
            rs -> {
              later
                  .computeIfAbsent(rs.getLong("organization_id"), c -> new ArrayList<>())
                  .add(
                      new Reminder(
                          "reminder.minutesOpen",
                          rs.getObject("held_on", LocalDate.class).format(DAY),
                          names.get(rs.getLong("organization_id")),
                          "/meetings/" + rs.getLong("id")));
            });
    jdbc.sql(
            """
            select p.id, p.cell_id, p.full_name from member_names p where p.cell_id = any(:cells) and (
              select count(*) from (
                select a.presence from meeting_attendance a join meeting m on m.id = a.meeting_id
                where a.member_id = p.id and m.organization_id = p.cell_id
                order by m.held_on desc, m.id desc limit :limit) last
              where last.presence = 'EXCUSED') > :max
            """)
        .param("cells", ids)
        .param("limit", maxInRow + 1)
        .param("max", maxInRow)
        .query(
            rs -> {
              later
                  .computeIfAbsent(rs.getLong("cell_id"), c -> new ArrayList<>())
                  .add(
                      new Reminder(
                          "reminder.excusedInRow",
                          rs.getString("full_name"),
                          names.get(rs.getLong("cell_id")),
                          "/members/" + rs.getLong("id")));
            });
    var reminders = new ArrayList<Reminder>();
    for (var cell : cells) {
      if (!planned.contains(cell.id())) {
        reminders.add(
            new Reminder(
                "reminder.noMeetingPlanned",
                String.valueOf(nextMonth.getMonthValue()),
                cell.name(),
                "/meetings"));
      }
      reminders.addAll(later.getOrDefault(cell.id(), List.of()));
    }
    return reminders;
  }

  /** A cell without a regular meeting held in the month: in the month still, or after it. */
  public record NotHeld(long cellId, String cellName, YearMonth month, boolean overdue) {}

  /**
   * The cells of the scope that have held no regular meeting: this month so far, from the rule's
   * day of the month on; and last month, which has ended without one (overdue).
   */
  @Transactional(readOnly = true)
  public List<NotHeld> notHeld(OrganizationScope scope, LocalDate today) {
    if (!scope.personalRecords()) {
      return List.of();
    }
    var month = YearMonth.from(today);
    var notHeld = new ArrayList<NotHeld>();
    notHeld.addAll(notHeld(scope, month.minusMonths(1), month.minusMonths(1).atEndOfMonth(), true));
    if (today.getDayOfMonth() >= rules.at(today, RuleKey.NOTIFY_MEETINGS_DAY_OF_MONTH).asInt()) {
      notHeld.addAll(notHeld(scope, month, today, false));
    }
    return notHeld;
  }

  private List<NotHeld> notHeld(
      OrganizationScope scope, YearMonth month, LocalDate until, boolean overdue) {
    var cells = organizations.cellsOn(until, scope);
    var held =
        new HashSet<>(
            jdbc.sql(
                    """
                    select distinct organization_id from meeting where organization_id = any(:cells)
                      and kind = 'REGULAR' and held_on between :from and :until
                    """)
                .param("cells", cells.stream().map(OrganizationNode::id).toArray(Long[]::new))
                .param("from", month.atDay(1))
                .param("until", until)
                .query(Long.class)
                .list());
    return cells.stream()
        .filter(c -> !held.contains(c.id()))
        .map(c -> new NotHeld(c.id(), c.name(), month, overdue))
        .toList();
  }
}
