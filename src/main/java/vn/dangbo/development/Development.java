package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.ChangeKind;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.ResolvedApprovalChain;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * Moves candidates through the development of new members, one dated step at a time. Each step is
 * checked against the candidate's stage and the rules in force on the step's day; a refusal names
 * the rule, its value and its legal basis. The ceremony opens the member's record in the same
 * transaction.
 */
@Service
public class Development {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final CandidateRepository repository;
  private final StepEvidence evidence;
  private final Candidates candidates;
  private final EligibilityPolicies policies;
  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final MemberStatistics statistics;
  private final MemberRegistry registry;
  private final Members members;
  private final Organizations organizations;
  private final ApprovalRouting routing;
  private final CommitteeMembers committeeMembers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Development(
      CandidateRepository repository,
      StepEvidence evidence,
      Candidates candidates,
      EligibilityPolicies policies,
      RuleBook rules,
      WorkingDayCalendar calendar,
      MemberStatistics statistics,
      MemberRegistry registry,
      Members members,
      Organizations organizations,
      ApprovalRouting routing,
      CommitteeMembers committeeMembers,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.evidence = evidence;
    this.candidates = candidates;
    this.policies = policies;
    this.rules = rules;
    this.calendar = calendar;
    this.statistics = statistics;
    this.registry = registry;
    this.members = members;
    this.organizations = organizations;
    this.routing = routing;
    this.committeeMembers = committeeMembers;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records one step. Refused when the step does not follow from the candidate's stage, is dated
   * before the last step or in the future, lacks its evidence, or fails a rule in force that day.
   */
  @Transactional
  public Candidate record(
      long id, int version, StepRequest step, OrganizationScope scope, String by) {
    var candidate =
        candidates.find(id, scope).orElseThrow(() -> new NotFoundException("candidate.notFound"));
    long cellId = candidate.person().cellId();
    scope.requireManager(cellId);
    if (step == null || step.kind() == null || step.on() == null) {
      throw new RefusedException("development.refused.incomplete");
    }
    if (step.kind() == StepKind.OPENED || !step.kind().allowedFrom(candidate.stage())) {
      throw new RefusedException("development.refused.order", candidate.stage(), step.kind());
    }
    PartyDates.requireSinceFounding("on", step.on());
    PartyDates.requireSinceFounding("decision", step.decision());
    organizations.requireExistsOn(cellId, step.on(), scope);
    if (step.on().isBefore(candidate.lastStepOn()) || step.on().isAfter(LocalDate.now(clock))) {
      throw new RefusedException(
          "development.refused.dateOrder", EligibilityPolicies.day(candidate.lastStepOn()));
    }
    if (step.note() != null && step.note().length() > 1000) {
      throw new RefusedException("rules.refused.tooLong");
    }
    Stage to = step.kind().to();
    Integer voters = null;
    Boolean passed = null;
    switch (step.kind()) {
      case INTRODUCED -> StepEvidence.require(step.note(), "development.refused.massOrganization");
      case SYMPATHISER -> {
        StepEvidence.requireDecision(step);
        evidence.requireMentor(step, scope);
      }
      case COURSE_PASSED ->
          StepEvidence.require(step.certificate(), "development.refused.certificate");
      case DOSSIER -> {
        evidence.requireIntroducers(step, scope);
        var check =
            policies.introducers(candidate.person(), StepEvidence.asStep(step, cellId), step.on());
        StepEvidence.refuseIfFailed(check);
      }
      case INTRODUCER_REPLACED -> step = evidence.replacement(candidate, step, cellId, scope);
      case CELL_VOTE -> {
        var dossier = candidate.last(StepKind.DOSSIER).orElse(null);
        for (var check : policies.checks(candidate, dossier, step.consentNumber(), step.on())) {
          StepEvidence.refuseIfFailed(check);
        }
        voters = statistics.officialMembersOn(cellId, step.on());
        passed = vote(step, voters, RuleKey.CELL_VOTE_SHARE);
      }
      case COMMITTEE_VOTE -> {
        var committee =
            chain(cellId, step.on()).steps().stream()
                .filter(s -> s.action() == ApprovalAction.RESOLUTION)
                .findFirst()
                .orElseThrow(() -> new RefusedException("development.refused.noCommitteeStep"));
        scope.requireManager(committee.organization().id());
        voters = committeeMembers.of(committee.organization().id(), step.on(), ALL).size();
        if (voters == 0) {
          throw new RefusedException(
              "development.refused.noCommitteeMembers", committee.organization().name());
        }
        passed = vote(step, voters, RuleKey.COMMITTEE_VOTE_SHARE);
      }
      case DECISION -> {
        StepEvidence.requireDecision(step);
        var chain = chain(cellId, step.on());
        // recorded by the office of the committee above the cell, not by the cell itself
        scope.requireManager(chain.cell().parentId());
        boolean needsCommittee =
            chain.steps().stream().anyMatch(s -> s.action() == ApprovalAction.RESOLUTION);
        if (needsCommittee && candidate.stage() != Stage.COMMITTEE_RESOLVED) {
          throw new RefusedException("development.refused.committeeFirst");
        }
        var former = candidate.formerMembership();
        if (former != null && former.provincialConsent() == null) {
          var consent = rules.at(step.on(), RuleKey.READMISSION_PROVINCIAL_CONSENT);
          if (consent.asInt() > 0) {
            throw consent.refusal("development.refused.readmissionConsent");
          }
        }
      }
      case CEREMONY -> {
        var decided = candidate.last(StepKind.DECISION).orElseThrow();
        var rule = rules.at(decided.on(), RuleKey.ADMISSION_CEREMONY_WORKING_DAYS);
        LocalDate due = calendar.workingDaysAfter(decided.on(), rule.asInt());
        if (step.on().isAfter(due) && blank(step.consentNumber())) {
          throw rule.refusal("development.refused.ceremonyLate", EligibilityPolicies.day(due));
        }
      }
      case LEFT -> StepEvidence.require(step.note(), "development.refused.reason");
      default -> throw new RefusedException("development.refused.order");
    }
    if (Boolean.FALSE.equals(passed)) {
      to = candidate.stage();
    }
    if (step.meetingId() != null) {
      if (step.kind() != StepKind.SYMPATHISER && step.kind() != StepKind.CELL_VOTE) {
        throw new RefusedException("development.refused.meetingStep");
      }
      events.publishEvent(
          new ResolutionTaken(
              step.meetingId(),
              cellId,
              step.on(),
              resolutionText(candidate, step, voters, passed),
              step.votesFor(),
              step.votesAgainst()));
    }
    Long memberId = null;
    if (step.kind() == StepKind.CEREMONY) {
      memberId = admit(candidate, step, scope, by);
    }
    repository.saveStage(
        id, version, to, to == candidate.stage() ? candidate.stageSince() : step.on(), memberId);
    var stored =
        repository.insertStep(
            id, step.kind(), candidate.stage(), to, cellId, step, voters, passed, by);
    return candidate.after(stored, memberId);
  }

  /**
   * Records that the candidate was a member before and how they left, for the re-admission checks
   * of the cell's vote; or corrects it (null clears it). Refused without the day and the way they
   * left, with a day in the future, or without the day a less serious crime's record was cleared.
   */
  @Transactional
  public Candidate recordFormerMembership(
      long id, int version, FormerMembership former, OrganizationScope scope, String by) {
    var candidate =
        candidates.find(id, scope).orElseThrow(() -> new NotFoundException("candidate.notFound"));
    scope.requireManager(candidate.person().cellId());
    if (former != null) {
      former.check(LocalDate.now(clock));
    }
    repository.saveFormerMembership(id, version, former);
    return candidates.find(id, scope).orElseThrow();
  }

  /** The resolution as the meeting's minutes list it. */
  private static String resolutionText(
      Candidate candidate, StepRequest step, Integer voters, Boolean passed) {
    if (step.kind() == StepKind.SYMPATHISER) {
      return "Công nhận quần chúng "
          + candidate.fullName()
          + " là cảm tình Đảng, phân công đảng viên giúp đỡ";
    }
    return "Đề nghị kết nạp quần chúng "
        + candidate.fullName()
        + ": "
        + step.votesFor()
        + "/"
        + voters
        + " đảng viên chính thức đồng ý"
        + (Boolean.TRUE.equals(passed) ? "" : " (không đạt)");
  }

  /** Every eligibility check for the candidate as of the day, with its rule and basis. */
  @Transactional(readOnly = true)
  public List<Check> eligibility(long id, LocalDate on, OrganizationScope scope) {
    var candidate =
        candidates.find(id, scope).orElseThrow(() -> new NotFoundException("candidate.notFound"));
    return policies.checks(
        candidate,
        candidate.last(StepKind.DOSSIER).orElse(null),
        candidate.last(StepKind.CELL_VOTE).map(Step::consentNumber).orElse(null),
        on);
  }

  /** The approval chain of the cell on the day; without one nobody can decide an admission. */
  public ResolvedApprovalChain chain(long cellId, LocalDate on) {
    return routing
        .forCell(cellId, on, ALL)
        .orElseThrow(() -> new RefusedException("development.refused.noChain"));
  }

  /** Opens the new member's record, on probation from the ceremony, with the admission decision. */
  private long admit(
      Candidate candidate, StepRequest ceremony, OrganizationScope scope, String by) {
    var person = candidate.person();
    var decision = candidate.last(StepKind.DECISION).orElseThrow();
    var record =
        new MemberRecord(
            person.fullName(),
            null,
            person.sex(),
            person.birthDate(),
            person.birthPlace(),
            person.homeTown(),
            person.residence(),
            person.ethnicityCode(),
            person.religion(),
            person.educationGrade() == null ? null : person.educationGrade() + "/12",
            person.ethnicArea() ? "Vùng dân tộc thiểu số, miền núi" : null,
            null,
            null,
            person.occupation(),
            person.citizenId(),
            null,
            null,
            person.phone(),
            person.cellId(),
            person.homePlaceId(),
            decision.on(),
            ceremony.on(),
            person.youthUnion(),
            person.militia(),
            person.teacher(),
            person.healthWorker());
    return registry.open(
        record,
        MemberStatus.PROBATIONARY,
        ceremony.on(),
        decision.decision(),
        ChangeKind.STATUS,
        ceremony.confirmedNotDuplicate(),
        scope,
        by);
  }

  private boolean vote(StepRequest step, int voters, RuleKey share) {
    if (step.votesFor() == null || step.votesFor() < 0 || step.votesFor() > voters) {
      throw new RefusedException("development.refused.votes", voters);
    }
    if (step.votesAgainst() != null
        && (step.votesAgainst() < 0 || step.votesFor() + step.votesAgainst() > voters)) {
      throw new RefusedException("development.refused.votes", voters);
    }
    return rules.at(step.on(), share).reachedBy(step.votesFor(), voters);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }
}
