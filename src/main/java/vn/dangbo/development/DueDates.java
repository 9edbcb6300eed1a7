package vn.dangbo.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberQuery;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
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

  DueDates(Candidates candidates, Members members, RuleBook rules, WorkingDayCalendar calendar) {
    this.candidates = candidates;
    this.members = members;
    this.rules = rules;
    this.calendar = calendar;
  }

  /** What is due for one candidate, soonest first. */
  public List<Due> of(Candidate candidate, LocalDate today) {
    var due = new ArrayList<Due>();
    String link = "/candidates/" + candidate.id();
    switch (candidate.stage()) {
      case CELL_RESOLVED, COMMITTEE_RESOLVED -> {
        var vote = candidate.last(StepKind.CELL_VOTE).orElseThrow();
        var rule = rules.at(vote.on(), RuleKey.ADMISSION_DECISION_WORKING_DAYS);
        due.add(due("due.decision", workingDays(vote.on(), rule), today, candidate, link, rule));
      }
      case DECIDED -> {
        var decision = candidate.last(StepKind.DECISION).orElseThrow();
        var rule = rules.at(decision.on(), RuleKey.ADMISSION_CEREMONY_WORKING_DAYS);
        due.add(
            due("due.ceremony", workingDays(decision.on(), rule), today, candidate, link, rule));
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
                var rule = rules.at(course.on(), RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS);
                due.add(
                    due(
                        "due.certificate",
                        course.on().plusMonths(rule.asInt()),
                        today,
                        candidate,
                        link,
                        rule));
              });
    }
    if (candidate.stage() == Stage.DOSSIER) {
      var dossier = candidate.last(StepKind.DOSSIER).orElseThrow();
      var rule = rules.at(dossier.on(), RuleKey.DOSSIER_VALIDITY_MONTHS);
      due.add(
          due("due.dossier", dossier.on().plusMonths(rule.asInt()), today, candidate, link, rule));
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
    var due = new ArrayList<Due>();
    for (var candidate : candidates.of(null, false, scope)) {
      due.addAll(of(candidate, today));
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
    for (var member : probationary) {
      LocalDate ceremony = member.record().admissionCeremonyDate();
      if (ceremony == null) {
        continue;
      }
      LocalDate ends = ceremony.plusMonths(rules.at(ceremony, RuleKey.PROBATION_MONTHS).asInt());
      var probation = rules.at(ceremony, RuleKey.PROBATION_MONTHS);
      if (!ends.isBefore(today)) {
        due.add(
            new Due(
                "due.probationEnds",
                ends,
                today,
                member.fullName(),
                "/members/" + member.id(),
                probation.key().key(),
                probation.value(),
                probation.legalBasis(),
                false));
      }
      var rule = rules.at(ends, RuleKey.RECOGNITION_CONSIDER_WORKING_DAYS);
      var consider = workingDays(ends, rule);
      due.add(
          new Due(
              "due.recognition",
              consider.day(),
              today,
              member.fullName(),
              "/members/" + member.id(),
              rule.key().key(),
              rule.value(),
              rule.legalBasis(),
              consider.beyondRecord()));
    }
    if (scope.ownRecord() != null && !scope.personalRecords()) {
      // a member who mentors someone sees that person's deadlines
      for (var candidate : candidates.mentoredBy(scope.ownRecord())) {
        due.addAll(of(candidate, today));
      }
    }
    return due.stream()
        .filter(d -> d.daysLeft() <= horizonDays)
        .sorted(Comparator.comparing(Due::by))
        .toList();
  }

  private WorkingDayCount workingDays(LocalDate from, Rule rule) {
    return calendar.count(from, rule.asInt());
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
        beyondCalendar);
  }
}
