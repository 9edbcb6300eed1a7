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
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.Members;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
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
  private final Clock clock;

  DuesLedger(
      DuesRepository repository,
      Members members,
      MemberStatistics statistics,
      Organizations organizations,
      RuleBook rules,
      Clock clock) {
    this.repository = repository;
    this.members = members;
    this.statistics = statistics;
    this.organizations = organizations;
    this.rules = rules;
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

  /** The years of many members, read with one query per kind of record. */
  Map<Long, DuesYear> years(Collection<Member> found, int year) {
    var ids = found.stream().map(Member::id).toList();
    var histories = members.histories(ids);
    var bases = repository.bases(ids);
    var reliefs = repository.reliefs(ids, year);
    var payments = repository.payments(ids, year);
    var wages = wages();
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
              rules,
              today));
    }
    return years;
  }

  /**
   * The regional minimum wage of a cell on a day: by the region of the nearest organisation above
   * it that has one, else the default region of the rules; remembered for the call.
   */
  private DuesYear.MinimumWages wages() {
    var known = new HashMap<List<Object>, Long>();
    return (cellId, day) ->
        known.computeIfAbsent(
            List.of(cellId, day),
            key -> {
              int region =
                  repository
                      .region(organizations.selfAndAncestorsOn(cellId, day), day)
                      .orElseGet(
                          () -> rules.at(day, RuleKey.DUES_MINIMUM_WAGE_DEFAULT_REGION).asInt());
              return repository
                  .minimumWage(region, day)
                  .orElseThrow(() -> new RefusedException("dues.refused.noMinimumWage", region));
            });
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
