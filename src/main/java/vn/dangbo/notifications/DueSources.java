package vn.dangbo.notifications;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangbo.away.AwayRegister;
import vn.dangbo.cellreports.CellMonthlyReports;
import vn.dangbo.development.DueDates;
import vn.dangbo.dues.DuesLedger;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.identity.Role;
import vn.dangbo.meetings.MeetingReminders;
import vn.dangbo.members.MemberFactsReader;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.terms.CongressTerms;
import vn.dangbo.terms.PartyTerm;

/**
 * What is due for a user, asked of the modules that know it, each through its published answer and
 * with the user's scope (so in the user's own units only): development steps, meetings not held,
 * congresses, monthly reports, dues, members away out of touch, party badges.
 */
@Component
class DueSources {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DueDates dueDates;
  private final MeetingReminders meetings;
  private final CongressTerms terms;
  private final CellMonthlyReports reports;
  private final DuesLedger dues;
  private final AwayRegister away;
  private final MemberFactsReader memberFacts;
  private final Organizations organizations;
  private final WorkingDayCalendar calendar;
  private final RuleBook rules;

  DueSources(
      DueDates dueDates,
      MeetingReminders meetings,
      CongressTerms terms,
      CellMonthlyReports reports,
      DuesLedger dues,
      AwayRegister away,
      MemberFactsReader memberFacts,
      Organizations organizations,
      WorkingDayCalendar calendar,
      RuleBook rules) {
    this.dueDates = dueDates;
    this.meetings = meetings;
    this.terms = terms;
    this.reports = reports;
    this.dues = dues;
    this.away = away;
    this.memberFacts = memberFacts;
    this.organizations = organizations;
    this.calendar = calendar;
    this.rules = rules;
  }

  /** The items of the kinds asked for, due for a user of the role and scope on the day. */
  List<DueItem> of(
      Role role, OrganizationScope scope, Set<NotificationKind> kinds, LocalDate today) {
    if (!scope.personalRecords()) {
      return List.of();
    }
    // the cells each of the user's units reviews, read once for the reports and the meetings
    var reviewed =
        kinds.contains(NotificationKind.MEETINGS)
                || kinds.contains(NotificationKind.MONTHLY_REPORTS)
            ? reviewedCells(scope, today)
            : Map.<Long, Set<Long>>of();
    var items = new ArrayList<DueItem>();
    for (var kind : kinds) {
      items.addAll(
          switch (kind) {
            case STEPS -> stepsDue(scope, today);
            case MEETINGS -> meetingsNotHeld(scope, reviewed, today);
            case CONGRESSES -> congressesDue(scope);
            case MONTHLY_REPORTS -> monthlyReports(role, scope, reviewed, today);
            // the secretary collects the dues; the office reads them in its reports
            case DUES -> role == Role.CELL_SECRETARY ? duesBehind(scope, today) : List.of();
            case AWAY -> awaySilent(scope, today);
            case BADGES -> badgesDue(scope, today);
          });
    }
    return items;
  }

  /** The worklist's deadlines within the rule's working days, and those overdue. */
  private List<DueItem> stepsDue(OrganizationScope scope, LocalDate today) {
    var until = until(today, RuleKey.NOTIFY_STEPS_WORKING_DAYS);
    return dueDates.worklist(scope, today, (int) DAYS.between(today, until)).stream()
        .map(
            due ->
                new DueItem(
                    NotificationKind.STEPS,
                    due.link() + "|" + due.what(),
                    due.what(),
                    DAY.format(due.by()),
                    due.personName(),
                    due.by(),
                    due.by().isBefore(today),
                    due.link()))
        .toList();
  }

  /**
   * Cells without a regular meeting this month (from the rule's day) or last month, among those the
   * user's units oversee (as for the monthly reports: not every cell of every commune).
   */
  private List<DueItem> meetingsNotHeld(
      OrganizationScope scope, Map<Long, Set<Long>> reviewed, LocalDate today) {
    var overseen = new HashSet<Long>();
    reviewed.values().forEach(overseen::addAll);
    if (overseen.isEmpty()) {
      return List.of();
    }
    return meetings.notHeld(scope, today).stream()
        .filter(cell -> overseen.contains(cell.cellId()))
        .map(
            cell ->
                new DueItem(
                    NotificationKind.MEETINGS,
                    "meeting:" + cell.cellId() + ":" + cell.month(),
                    "notify.meetings.notHeld",
                    cell.month().getMonthValue() + "/" + cell.month().getYear(),
                    cell.cellName(),
                    cell.month().atEndOfMonth(),
                    cell.overdue(),
                    "/meetings?cell=" + cell.cellId()))
        .toList();
  }

  /** Terms whose congress falls due, or ended without one. */
  private List<DueItem> congressesDue(OrganizationScope scope) {
    return terms.due(scope).stream()
        .map(
            unit ->
                new DueItem(
                    NotificationKind.CONGRESSES,
                    "term:" + unit.term().id(),
                    "notify.congress." + unit.standing(),
                    null,
                    unit.unit().name(),
                    unit.term().endsOn(),
                    unit.standing() == PartyTerm.Standing.OVERDUE,
                    "/organizations/" + unit.unit().id() + "/terms"))
        .toList();
  }

  /**
   * Reports missing after their deadline or returned, in the months of the year so far; for an
   * office, also those waiting for its review. A cell hears of its own; a committee of the cells it
   * reviews: those directly under it or under one of its partial committees (a province's or a
   * district's office is not told of every cell of every commune, whose committees review them).
   */
  private List<DueItem> monthlyReports(
      Role role, OrganizationScope scope, Map<Long, Set<Long>> reviewed, LocalDate today) {
    var items = new ArrayList<DueItem>();
    var last = YearMonth.from(today).minusMonths(1);
    for (var unit : reviewed.entrySet()) {
      if (unit.getValue().isEmpty()) {
        continue;
      }
      for (var row : reports.grid(unit.getKey(), last.getYear(), scope)) {
        if (!unit.getValue().contains(row.cellId())) {
          continue;
        }
        for (var month : row.months()) {
          var standing = month.standing();
          boolean tell =
              standing == CellMonthlyReports.Standing.MISSING
                  || standing == CellMonthlyReports.Standing.RETURNED
                  || (standing == CellMonthlyReports.Standing.SUBMITTED
                      && role == Role.COMMITTEE_OFFICE);
          if (tell) {
            items.add(
                new DueItem(
                    NotificationKind.MONTHLY_REPORTS,
                    "report:" + row.cellId() + ":" + month.month() + ":" + standing,
                    "notify.report." + standing,
                    null,
                    row.cellName()
                        + " "
                        + month.month().getMonthValue()
                        + "/"
                        + month.month().getYear(),
                    null,
                    standing != CellMonthlyReports.Standing.SUBMITTED,
                    "/cell-reports?cell=" + row.cellId() + "&month=" + month.month()));
          }
        }
      }
    }
    return items;
  }

  /** For each of the user's units, the cells whose reports and meetings it reviews or writes. */
  private Map<Long, Set<Long>> reviewedCells(OrganizationScope scope, LocalDate today) {
    var reviewed = new LinkedHashMap<Long, Set<Long>>();
    for (long unit : scope.anchors()) {
      reviewed.put(unit, reviewedCells(unit, today, scope));
    }
    return reviewed;
  }

  /**
   * The cells whose monthly reports and meetings the unit reviews or writes: itself if it is a
   * cell, else the cells directly under it and under its partial committees.
   */
  private Set<Long> reviewedCells(long unit, LocalDate today, OrganizationScope scope) {
    var cells = new HashSet<Long>();
    var self = organizations.findOn(unit, today, scope);
    if (self.isPresent() && self.get().isCell()) {
      cells.add(unit);
      return cells;
    }
    for (var child : organizations.childrenOn(unit, today)) {
      if (child.isCell()) {
        cells.add(child.id());
      } else if (child.kind() == OrganizationKind.PARTIAL_COMMITTEE) {
        organizations.childrenOn(child.id(), today).stream()
            .filter(OrganizationNode::isCell)
            .forEach(cell -> cells.add(cell.id()));
      }
    }
    return cells;
  }

  /** Members of the user's cells with as many months unpaid as the dues alert, once a month. */
  private List<DueItem> duesBehind(OrganizationScope scope, LocalDate today) {
    var items = new ArrayList<DueItem>();
    var month = YearMonth.from(today);
    for (var cell : organizations.cellsOn(today, scope)) {
      for (var line : dues.collection(cell.id(), month, scope)) {
        if (line.alert()) {
          items.add(
              new DueItem(
                  NotificationKind.DUES,
                  "dues:" + line.memberId() + ":" + month,
                  "notify.dues.behind",
                  String.valueOf(line.unpaidMonths()),
                  line.fullName(),
                  null,
                  true,
                  "/dues?cell=" + cell.id()));
        }
      }
    }
    return items;
  }

  /** Members away out of touch too long, once a month. */
  private List<DueItem> awaySilent(OrganizationScope scope, LocalDate today) {
    return away.silent(scope).stream()
        .map(
            absence ->
                new DueItem(
                    NotificationKind.AWAY,
                    "away:" + absence.id() + ":" + YearMonth.from(today),
                    "notify.away.silent",
                    null,
                    absence.fullName(),
                    null,
                    true,
                    "/away?cell=" + absence.cellId()))
        .toList();
  }

  /** Members reaching a badge's years within the rule's working days. */
  private List<DueItem> badgesDue(OrganizationScope scope, LocalDate today) {
    var items = new ArrayList<DueItem>();
    LocalDate until = until(today, RuleKey.NOTIFY_BADGES_WORKING_DAYS);
    for (int year = today.getYear(); year <= until.getYear(); year++) {
      for (var badge : memberFacts.badgesDueIn(year, scope)) {
        if (!badge.dueOn().isBefore(today) && !badge.dueOn().isAfter(until)) {
          items.add(
              new DueItem(
                  NotificationKind.BADGES,
                  "badge:" + badge.member().id() + ":" + badge.years(),
                  "notify.badge",
                  String.valueOf(badge.years()),
                  badge.member().fullName(),
                  badge.dueOn(),
                  false,
                  "/members/" + badge.member().id()));
        }
      }
    }
    return items;
  }

  /** The last day of the kind's horizon: the rule's count of working days after today. */
  LocalDate until(LocalDate today, RuleKey key) {
    return calendar.workingDaysAfter(today, rules.at(today, key).asInt());
  }
}
