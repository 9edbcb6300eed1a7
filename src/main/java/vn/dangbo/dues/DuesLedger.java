package vn.dangbo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.Members;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Reads the dues ledgers: a member's year, and a cell's month (the collection sheet: each member of
 * the cell on the first of the month with what is due, paid, and the months unpaid in the year).
 */
@Service
public class DuesLedger {

  private final DuesRepository repository;
  private final Members members;
  private final MemberStatistics statistics;
  private final Organizations organizations;
  private final RuleBook rules;
  private final FigureCache figures;
  private final Clock clock;

  DuesLedger(
      DuesRepository repository,
      Members members,
      MemberStatistics statistics,
      Organizations organizations,
      RuleBook rules,
      FigureCache figures,
      Clock clock) {
    this.repository = repository;
    this.members = members;
    this.statistics = statistics;
    this.organizations = organizations;
    this.rules = rules;
    this.figures = figures;
    this.clock = clock;
  }

  /** One line of a cell's collection sheet. */
  public record Line(
      long memberId,
      String fullName,
      DuesYear.Month month,
      int unpaidMonths,
      boolean alert,
      boolean removalDue) {}

  /** The member's year, when the user may read the member's record (their own included). */
  @Transactional(readOnly = true)
  public DuesYear year(long memberId, int year, OrganizationScope scope) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    requireYear(year);
    return years(List.of(member), year).get(memberId);
  }

  /** The cell's collection sheet for the month: its members on the first day, by name. */
  @Transactional(readOnly = true)
  public List<Line> collection(long cellId, YearMonth month, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(cellId)) {
      throw new NotFoundException("organization.notFound");
    }
    requireYear(month.getYear());
    var onDay = statistics.membersOn(cellId, month.atDay(1));
    var found =
        members.findAll(onDay.stream().map(MemberStatistics.OnDay::memberId).toList(), scope);
    var years = years(found.values(), month.getYear());
    var lines = new ArrayList<Line>();
    for (var member : onDay) {
      var year = years.get(member.memberId());
      if (year != null) {
        lines.add(
            new Line(
                member.memberId(),
                member.fullName(),
                year.month(month),
                year.unpaidMonths(),
                year.alert(),
                year.removalDue()));
      }
    }
    return lines;
  }

  /** One cell's line of the commune's dues report for a month or a year. */
  public record CellTotals(
      long cellId,
      String cellName,
      int members,
      long due,
      long paid,
      int unpaidMonths,
      int behind) {}

  /**
   * The dues report of an organisation (a commune) for the year, or for one month of it: for each
   * cell under it on the last day reported, the members who paid there, what was due and paid, the
   * months unpaid, and the members with as many unpaid months as the alert. Cells in order of name.
   */
  @Transactional(readOnly = true)
  public List<CellTotals> report(
      long organizationId, int year, Integer month, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    requireYear(year);
    if (month != null && (month < 1 || month > 12)) {
      throw RefusedException.forField("month", "dues.refused.month");
    }
    // kept until a change of the organisation's members, tree, rules or dues (FigureCache), and
    // for the day: a month unpaid today may not have been yesterday
    LocalDate today = LocalDate.now(clock);
    return figures.get(
        "dues",
        organizationId,
        new ReportKey(organizationId, year, month, today, scope),
        () -> List.copyOf(compute(organizationId, year, month, today, scope)));
  }

  private record ReportKey(
      long organizationId, int year, Integer month, LocalDate today, OrganizationScope scope) {}

  private List<CellTotals> compute(
      long organizationId, int year, Integer month, LocalDate today, OrganizationScope scope) {
    LocalDate day =
        month == null ? LocalDate.of(year, 12, 31) : YearMonth.of(year, month).atEndOfMonth();
    if (day.isAfter(today)) {
      day = today;
    }
    var self = organizations.findOn(organizationId, day, scope);
    var cells =
        self.isPresent() && self.get().isCell()
            ? List.of(self.get())
            : organizations.cellsUnder(organizationId, day);
    // the members of each cell on the day, then every member's year read once for all the cells
    var onDay = new HashMap<Long, List<Long>>();
    statistics
        .membersOn(cells.stream().map(OrganizationNode::id).toList(), day)
        .forEach(
            (cell, members) ->
                onDay.put(cell, members.stream().map(MemberStatistics.OnDay::memberId).toList()));
    var found =
        members.findAll(onDay.values().stream().flatMap(List::stream).distinct().toList(), scope);
    var years = years(found.values(), year);
    var totals = new ArrayList<CellTotals>();
    for (var cell : cells) {
      long due = 0;
      long paid = 0;
      int unpaid = 0;
      int behind = 0;
      int paying = 0;
      for (long memberId : onDay.get(cell.id())) {
        var memberYear = years.get(memberId);
        if (memberYear == null) {
          continue;
        }
        boolean pays = false;
        for (var m : memberYear.months()) {
          boolean counted =
              (month == null || m.month().getMonthValue() == month)
                  && m.cellId() != null
                  && m.cellId() == cell.id();
          if (counted) {
            due += m.due();
            paid += m.paid();
            unpaid += m.status() == MonthStatus.UNPAID ? 1 : 0;
            pays |= m.due() > 0;
          }
        }
        paying += pays ? 1 : 0;
        behind += memberYear.alert() ? 1 : 0;
      }
      totals.add(new CellTotals(cell.id(), cell.name(), paying, due, paid, unpaid, behind));
    }
    return totals;
  }

  /** The years of many members, read with one query per kind of record. */
  Map<Long, DuesYear> years(Collection<Member> found, int year) {
    var ids = found.stream().map(Member::id).toList();
    var histories = members.histories(ids);
    var bases = repository.bases(ids);
    var reliefs = repository.reliefs(ids, year);
    var payments = repository.payments(ids, year);
    // every version of the rules read once: a year judges each month by several of them
    var ruleSet = rules.all();
    var wages = wages(ruleSet);
    LocalDate today = LocalDate.now(clock);
    var years = new HashMap<Long, DuesYear>();
    for (var member : found) {
      var record = member.record();
      var duesMember =
          new DuesMember(
              member.id(),
              member.fullName(),
              record.sex(),
              record.birthDate(),
              record.admissionDecisionDate(),
              histories.getOrDefault(member.id(), List.of()));
      years.put(
          member.id(),
          DuesYear.of(
              duesMember,
              year,
              bases.getOrDefault(member.id(), List.of()),
              reliefs.getOrDefault(member.id(), List.of()),
              payments.getOrDefault(member.id(), List.of()),
              wages,
              ruleSet,
              today));
    }
    return years;
  }

  /**
   * The regional minimum wage of a cell on a day: by the region of the nearest organisation above
   * it that has one, else the default region of the rules; remembered for the call.
   */
  private DuesYear.MinimumWages wages(RuleSource rules) {
    var wages = new HashMap<Integer, java.util.NavigableMap<LocalDate, Long>>();
    var ancestries = new HashMap<List<Object>, List<Long>>();
    var regions = new HashMap<List<Long>, Map<Long, java.util.NavigableMap<LocalDate, Integer>>>();
    // the members of a cell share its wage: each cell and month is found once
    var found = new HashMap<Long, Map<LocalDate, Long>>();
    DuesYear.MinimumWages lookup =
        (cellId, day) -> {
          if (wages.isEmpty()) {
            wages.putAll(repository.minimumWages());
          }
          var ancestry =
              ancestries.computeIfAbsent(
                  List.of(cellId, day.getYear()),
                  key -> {
                    // the tree rarely changes in a year: one path for the year when its two ends
                    // agree
                    var first =
                        organizations.selfAndAncestorsOn(cellId, LocalDate.of(day.getYear(), 1, 1));
                    var last =
                        organizations.selfAndAncestorsOn(
                            cellId, LocalDate.of(day.getYear(), 12, 31));
                    return first.equals(last) ? first : null;
                  });
          var path = ancestry != null ? ancestry : organizations.selfAndAncestorsOn(cellId, day);
          var recorded = regions.computeIfAbsent(path, repository::regions);
          int region =
              path.stream()
                  .map(recorded::get)
                  .filter(java.util.Objects::nonNull)
                  .map(versions -> versions.floorEntry(day))
                  .filter(java.util.Objects::nonNull)
                  .map(Map.Entry::getValue)
                  .findFirst()
                  .orElseGet(() -> rules.at(day, RuleKey.DUES_MINIMUM_WAGE_DEFAULT_REGION).asInt());
          var amount = wages.getOrDefault(region, new java.util.TreeMap<>()).floorEntry(day);
          if (amount == null) {
            throw new RefusedException("dues.refused.noMinimumWage", region);
          }
          return amount.getValue();
        };
    return (cellId, day) ->
        found
            .computeIfAbsent(cellId, cell -> new HashMap<>())
            .computeIfAbsent(day, d -> lookup.of(cellId, d));
  }

  /**
   * A year of a ledger: from the Party's founding (before 2026 every month is before it) to next.
   */
  private void requireYear(int year) {
    if (year < 1930 || year > LocalDate.now(clock).getYear() + 1) {
      throw RefusedException.forField("year", "dues.refused.year");
    }
  }
}
