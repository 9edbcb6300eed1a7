package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.ChangeKind;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.ResolvedApprovalChain;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Moves candidates through the development of new members, one dated step at a time. Each step is
 * checked against the candidate's stage and the rules in force on the step's day; a refusal names
 * the rule, its value and its legal basis. The ceremony opens the member's record in the same
 * transaction.
 */
@Service
public class AdmissionPipeline {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final CandidateRepository repository;
  private final StepEvidence evidence;
  private final Candidates candidates;
  private final EligibilityPolicies policies;
  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final MemberStatistics statistics;
  private final MemberRegistry registry;
  private final Organizations organizations;
  private final ApprovalRouting routing;
  private final CommitteeMembers committeeMembers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AdmissionPipeline(
      CandidateRepository repository,
      StepEvidence evidence,
      Candidates candidates,
      EligibilityPolicies policies,
      RuleBook rules,
      WorkingDayCalendar calendar,
      MemberStatistics statistics,
      MemberRegistry registry,
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
    this.organizations = organizations;
    this.routing = routing;
    this.committeeMembers = committeeMembers;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records one step: the candidate takes it ({@link Candidate#take}), the ceremony opens the
   * member's record, and the step, the stage and the events are stored together.
   */
  @Transactional
  public Candidate record(
      long id, int version, StepRequest step, OrganizationScope scope, String by) {
    var candidate =
        candidates.find(id, scope).orElseThrow(() -> new NotFoundException("candidate.notFound"));
    long cellId = candidate.person().cellId();
    scope.requireManager(cellId);
    var transition = candidate.take(step, new Facts(cellId, scope));
    // first, so that a listener's refusal (the meeting is closed or on another day) leaves nothing
    transition.events().forEach(events::publishEvent);
    Long memberId = null;
    if (transition.to() == Stage.ADMITTED) {
      memberId = admit(candidate, transition.step(), scope, by);
    }
    repository.saveStage(id, version, transition.to(), transition.stageSince(), memberId);
    var stored =
        repository.insertStep(
            id,
            step.kind(),
            candidate.stage(),
            transition.to(),
            cellId,
            transition.step(),
            transition.voters(),
            transition.passed(),
            by);
    return candidate.after(stored, memberId);
  }

  /** The facts of a step in a cell, from the database, with the user's scope checked. */
  private final class Facts implements StepFacts {

    private final long cellId;
    private final OrganizationScope scope;

    Facts(long cellId, OrganizationScope scope) {
      this.cellId = cellId;
      this.scope = scope;
    }

    @Override
    public LocalDate today() {
      return LocalDate.now(clock);
    }

    @Override
    public RuleSource rules() {
      return rules;
    }

    @Override
    public EligibilityPolicies policies() {
      return policies;
    }

    @Override
    public void requireCellOn(LocalDate day) {
      organizations.requireExistsOn(cellId, day, scope);
    }

    @Override
    public void requireMentor(StepRequest step) {
      evidence.requireMentor(step, scope);
    }

    @Override
    public void requireIntroducers(StepRequest step) {
      evidence.requireIntroducers(step, scope);
    }

    @Override
    public int officialMembers(LocalDate day) {
      return statistics.officialMembersOn(cellId, day);
    }

    @Override
    public int committeeMembers(LocalDate day) {
      var committee =
          chain(cellId, day).steps().stream()
              .filter(s -> s.action() == ApprovalAction.RESOLUTION)
              .findFirst()
              .orElseThrow(() -> new RefusedException("development.refused.noCommitteeStep"));
      scope.requireManager(committee.organization().id());
      int members = committeeMembers.of(committee.organization().id(), day, ALL).size();
      if (members == 0) {
        throw new RefusedException(
            "development.refused.noCommitteeMembers", committee.organization().name());
      }
      return members;
    }

    @Override
    public boolean committeeVotesBeforeDecision(LocalDate day) {
      var chain = chain(cellId, day);
      // recorded by the office of the committee above the cell, not by the cell itself
      scope.requireManager(chain.cell().parentId());
      return chain.steps().stream().anyMatch(s -> s.action() == ApprovalAction.RESOLUTION);
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate day, int days) {
      return calendar.workingDaysAfter(day, days);
    }
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
}
