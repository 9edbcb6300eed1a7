package vn.dangbo.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Recognition;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSet;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.rules.WorkingDayCount;

/**
 * What is due, computed when read from the steps and the rules in force on the day each deadline
 * started: the admission decision after the cell's resolution, the ceremony after the decision, a
 * certificate or dossier that will expire, and the official recognition of probationary members.
 */
@Service
public class DueDates {

  private final Candidates candidates;
  private final Members members;
  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final Recognition recognition;

  DueDates(
      Candidates candidates,
      Members members,
      RuleBook rules,
      WorkingDayCalendar calendar,
      Recognition recognition) {
    this.candidates = candidates;
    this.members = members;
    this.rules = rules;
    this.calendar = calendar;
    this.recognition = recognition;
  }

  /** What is due for one candidate, soonest first. */
  public List<Due> of(Candidate candidate, LocalDate today) {
    return of(candidate, today, rules.all(), calendar::count);
  }

  /**
   * The soonest deadline of each candidate that has one, for a board: the rules and the calendar
   * are read once for all of them.
   */
  public Map<Long, Due> soonest(List<Candidate> candidates, LocalDate today) {
    var window = calendar.window(today.minusYears(2), today.plusYears(1));
    var rules = this.rules.all();
    var soonest = new HashMap<Long, Due>();
    for (var candidate : candidates) {
      of(candidate, today, rules, window::count).stream()
          .findFirst()
          .ifPresent(d -> soonest.put(candidate.id(), d));
    }
    return soonest;
  }

  /** Counts working days: the calendar, or a window of it read once for a whole list. */
  private interface Counter {
    WorkingDayCount count(LocalDate from, int count);
  }

  private List<Due> of(Candidate candidate, LocalDate today, RuleSet rules, Counter counter) {
    var due = new ArrayList<Due>();
    String link = "/candidates/" + candidate.id();
    switch (candidate.stage()) {
      case CELL_RESOLVED, COMMITTEE_RESOLVED -> {
        var vote = candidate.last(StepKind.CELL_VOTE).orElseThrow();
        var rule = rules.at(vote.on(), RuleKey.ADMISSION_DECISION_WORKING_DAYS);
        var by = counter.count(vote.on(), rule.asInt());
        var extension = rules.at(vote.on(), RuleKey.DECISION_EXTENSION_WORKING_DAYS);
        due.add(
            due("due.decision", by, today, candidate, link, rule)
                .extendedTo(counter.count(by.day(), extension.asInt()).day()));
      }
      case DECIDED -> {
        var decision = candidate.last(StepKind.DECISION).orElseThrow();
        var rule = rules.at(decision.on(), RuleKey.ADMISSION_CEREMONY_WORKING_DAYS);
        due.add(
            due(
                "due.ceremony",
                counter.count(decision.on(), rule.asInt()),
                today,
                candidate,
                link,
                rule));
      }
      default -> {
        // nothing set by a working-day deadline before the cell's resolution
      }
    }
    if (candidate.stage() == Stage.COURSE_PASSED || candidate.stage() == Stage.DOSSIER) {
      candidate
          .last(StepKind.COURSE_PASSED)
          .ifPresent(
              course -> {
                var valid =
                    validity(rules, course.on(), RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS);
                due.add(
                    due("due.certificate", valid.lastDay(), today, candidate, link, valid.rule()));
              });
    }
    if (candidate.stage() == Stage.DOSSIER) {
      var dossier = candidate.last(StepKind.DOSSIER).orElseThrow();
      var valid = validity(rules, dossier.on(), RuleKey.DOSSIER_VALIDITY_MONTHS);
      due.add(due("due.dossier", valid.lastDay(), today, candidate, link, valid.rule()));
    }
    due.sort(Comparator.comparing(Due::by));
    return due;
  }

  /**
   * The worklist of the user's scope: every deadline of the candidates and probationary members
   * they see that falls within {@code horizonDays} or is overdue, soonest first.
   */
  @Transactional(readOnly = true)
  public List<Due> worklist(OrganizationScope scope, LocalDate today, int horizonDays) {
    // every deadline of the list counted on one reading of the calendar
    var window = calendar.window(today.minusYears(2), today.plusYears(1));
    var rules = this.rules.all();
    var due = new ArrayList<Due>();
    for (var candidate : candidates.of(null, false, scope)) {
      due.addAll(of(candidate, today, rules, window::count));
    }
    var probationary =
        members.all(
            new MemberQuery(
                null,
                null,
                java.util.Set.of(MemberStatus.PROBATIONARY),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                500),
            scope);
    var resolutions = recognition.cellResolutions(probationary.stream().map(m -> m.id()).toList());
    for (var member : probationary) {
      due.addAll(probation(member, today, rules, window, resolutions.get(member.id())));
    }
    if (scope.ownRecord() != null && !scope.personalRecords()) {
      // a member who mentors someone sees that person's deadlines
      for (var candidate : candidates.mentoredBy(scope.ownRecord())) {
        due.addAll(of(candidate, today, rules, window::count));
      }
    }
    return due.stream()
        .filter(d -> d.daysLeft() <= horizonDays)
        .sorted(Comparator.comparing(Due::by))
        .toList();
  }

  /**
   * What is due for a probationary member: the end of probation; then the cell's consideration of
   * recognition, or, once the cell has resolved on {@code resolvedOn}, the committee's decision.
   */
  private static List<Due> probation(
      Member member,
      LocalDate today,
      RuleSet rules,
      WorkingDayCalendar.Window window,
      LocalDate resolvedOn) {
    LocalDate ceremony = member.record().admissionCeremonyDate();
    if (ceremony == null) {
      return List.of();
    }
    var due = new ArrayList<Due>();
    var probation = rules.at(ceremony, RuleKey.PROBATION_MONTHS);
    LocalDate ends = ceremony.plusMonths(probation.asInt());
    String link = "/members/" + member.id();
    if (!ends.isBefore(today)) {
      due.add(
          new Due(
              "due.probationEnds",
              ends,
              today,
              member.fullName(),
              link,
              probation.key().key(),
              probation.value(),
              probation.legalBasis(),
              false,
              null));
    }
    LocalDate from = resolvedOn == null ? ends : resolvedOn;
    var rule =
        rules.at(
            from,
            resolvedOn == null
                ? RuleKey.RECOGNITION_CONSIDER_WORKING_DAYS
                : RuleKey.RECOGNITION_DECISION_WORKING_DAYS);
    var by = window.count(from, rule.asInt());
    var recognition =
        new Due(
            resolvedOn == null ? "due.recognition" : "due.recognitionDecision",
            by.day(),
            today,
            member.fullName(),
            link,
            rule.key().key(),
            rule.value(),
            rule.legalBasis(),
            by.beyondRecord(),
            null);
    if (resolvedOn != null) {
      var extension = rules.at(from, RuleKey.DECISION_EXTENSION_WORKING_DAYS);
      recognition = recognition.extendedTo(window.count(by.day(), extension.asInt()).day());
    }
    due.add(recognition);
    return due;
  }

  /** The last day a document stays valid, and the rule in force that day that allows it. */
  private record Validity(LocalDate lastDay, Rule rule) {}

  /**
   * The last day on which a document dated {@code from} is still valid as the step's check reads
   * it: the check takes the rule in force on the day it judges, so when a version changes the
   * validity, the last valid day may fall at the day before the new version, not at the old
   * version's limit.
   */
  private static Validity validity(RuleSet rules, LocalDate from, RuleKey key) {
    var versions = rules.versionsOf(key);
    Validity last = null;
    for (int i = 0; i < versions.size(); i++) {
      var rule = versions.get(i);
      LocalDate first = rule.effectiveFrom().isAfter(from) ? rule.effectiveFrom() : from;
      LocalDate limit = from.plusMonths(rule.asInt());
      if (i + 1 < versions.size()) {
        LocalDate dayBeforeNext = versions.get(i + 1).effectiveFrom().minusDays(1);
        limit = limit.isAfter(dayBeforeNext) ? dayBeforeNext : limit;
      }
      if (!limit.isBefore(first) && (last == null || limit.isAfter(last.lastDay()))) {
        last = new Validity(limit, rule);
      }
    }
    if (last == null) {
      var rule = rules.at(from, key);
      return new Validity(from.plusMonths(rule.asInt()), rule);
    }
    return last;
  }

  private static Due due(
      String what,
      WorkingDayCount by,
      LocalDate today,
      Candidate candidate,
      String link,
      Rule rule) {
    return due(what, by.day(), by.beyondRecord(), today, candidate, link, rule);
  }

  private static Due due(
      String what, LocalDate by, LocalDate today, Candidate candidate, String link, Rule rule) {
    return due(what, by, false, today, candidate, link, rule);
  }

  private static Due due(
      String what,
      LocalDate by,
      boolean beyondCalendar,
      LocalDate today,
      Candidate candidate,
      String link,
      Rule rule) {
    return new Due(
        what,
        by,
        today,
        candidate.fullName(),
        link,
        rule.key().key(),
        rule.value(),
        rule.legalBasis(),
        beyondCalendar,
        null);
  }
}
