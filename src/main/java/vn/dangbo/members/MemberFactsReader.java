package vn.dangbo.members;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.WorkingDayCalendar;

/** What follows from a member's record and history: their facts on a day, the badges due. */
@Service
public class MemberFactsReader {

  private final Members members;
  private final MemberHistory memberHistory;
  private final RuleBook rules;
  private final WorkingDayCalendar calendar;

  MemberFactsReader(
      Members members, MemberHistory memberHistory, RuleBook rules, WorkingDayCalendar calendar) {
    this.members = members;
    this.memberHistory = memberHistory;
    this.rules = rules;
    this.calendar = calendar;
  }

  /** The facts derived from the member's record and history on the day. */
  @Transactional(readOnly = true)
  public MemberFacts facts(Member member, LocalDate on) {
    var age =
        PartyAge.of(member.record().admissionDecisionDate(), members.history(member.id()), on);
    var badge = nextBadge(member, age, rules.at(on, RuleKey.BADGE_MILESTONES_YEARS).asInts());
    LocalDate probationEnds = null;
    Long daysLeft = null;
    if (member.status() == MemberStatus.PROBATIONARY) {
      probationEnds = memberHistory.probationEnd(member.record().admissionCeremonyDate());
      daysLeft = probationEnds == null ? null : ChronoUnit.DAYS.between(on, probationEnds);
    }
    LocalDate completeBy = null;
    LocalDate presentBy = null;
    if (member.status() == MemberStatus.TRANSFERRED_OUT) {
      LocalDate since = member.statusSince();
      completeBy =
          calendar.workingDaysAfter(
              since, rules.at(since, RuleKey.TRANSFER_COMPLETE_WORKING_DAYS).asInt());
      presentBy = memberHistory.transferPresentBy(since);
    }
    LocalDate temporaryUntil = null;
    if (member.status().temporary()) {
      var history = members.history(member.id());
      temporaryUntil = history.isEmpty() ? null : history.get(history.size() - 1).until();
    }
    return new MemberFacts(
        on,
        age,
        badge == null ? null : badge.years(),
        badge == null ? null : badge.dueOn(),
        probationEnds,
        daysLeft,
        member.status().countedInCellTotal(),
        completeBy,
        presentBy,
        temporaryUntil);
  }

  /**
   * The members in scope who reach a badge milestone during the year, by due date: the list the
   * committee prepares for the award days.
   */
  @Transactional(readOnly = true)
  public List<BadgeDue> badgesDueIn(int year, OrganizationScope scope) {
    LocalDate first = LocalDate.of(year, 1, 1);
    var milestones = rules.at(first, RuleKey.BADGE_MILESTONES_YEARS).asInts();
    var candidates =
        members.all(MemberQuery.all(), scope).stream()
            .filter(m -> m.record().admissionDecisionDate() != null)
            .toList();
    var histories = members.histories(candidates.stream().map(Member::id).toList());
    var due = new ArrayList<BadgeDue>();
    for (var member : candidates) {
      var age =
          PartyAge.of(
              member.record().admissionDecisionDate(),
              histories.getOrDefault(member.id(), List.of()),
              first);
      var badge = nextBadge(member, age, milestones);
      if (badge != null && badge.dueOn().getYear() == year) {
        due.add(badge);
      }
    }
    due.sort(Comparator.comparing(BadgeDue::dueOn));
    return due;
  }

  /** The first milestone the member has not reached, for members still in the Party. */
  private static BadgeDue nextBadge(Member member, PartyAge age, List<Integer> milestones) {
    if (member.record().admissionDecisionDate() == null || member.status().ended()) {
      return null;
    }
    return milestones.stream()
        .filter(years -> years * 12L > age.months())
        .findFirst()
        .map(
            years ->
                new BadgeDue(
                    member, years, age.reaches(member.record().admissionDecisionDate(), years)))
        .orElse(null);
  }
}
