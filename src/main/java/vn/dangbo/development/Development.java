package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.ChangeKind;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Places;
import vn.dangbo.organization.ResolvedApprovalChain;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.shared.CitizenId;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.PersonName;
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

  private final JdbcClient jdbc;
  private final Candidates candidates;
  private final EligibilityPolicies policies;
  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final MemberStatistics statistics;
  private final MemberRegistry registry;
  private final Members members;
  private final Organizations organizations;
  private final Places places;
  private final ApprovalRouting routing;
  private final CommitteeMembers committeeMembers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Development(
      JdbcClient jdbc,
      Candidates candidates,
      EligibilityPolicies policies,
      RuleBook rules,
      WorkingDayCalendar calendar,
      MemberStatistics statistics,
      MemberRegistry registry,
      Members members,
      Organizations organizations,
      Places places,
      ApprovalRouting routing,
      CommitteeMembers committeeMembers,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.candidates = candidates;
    this.policies = policies;
    this.rules = rules;
    this.calendar = calendar;
    this.statistics = statistics;
    this.registry = registry;
    this.members = members;
    this.organizations = organizations;
    this.places = places;
    this.routing = routing;
    this.committeeMembers = committeeMembers;
    this.events = events;
    this.clock = clock;
  }

  /** Opens a candidate as a source or as an outstanding mass already introduced. */
  @Transactional
  public long open(NewCandidate person, OrganizationScope scope, String by) {
    check(person, scope);
    Stage stage = person.stage() == null ? Stage.SOURCE : person.stage();
    if (stage != Stage.SOURCE && stage != Stage.OUTSTANDING) {
      throw new RefusedException("development.refused.initialStage");
    }
    LocalDate since = person.since() == null ? LocalDate.now(clock) : person.since();
    PartyDates.requireSinceFounding("since", since);
    if (since.isAfter(LocalDate.now(clock)) || !since.isAfter(person.birthDate())) {
      throw new RefusedException("development.refused.date");
    }
    long id =
        jdbc.sql(
                """
                insert into candidate (full_name, search_key, sex, birth_date, ethnicity_code,
                  citizen_id, education_grade, ethnic_area, occupation, residence, home_place_id,
                  cell_id, mass_organization, youth_union, militia, teacher, health_worker,
                  village_official, stage, stage_since, birth_place, home_town, religion, phone,
                  created_by)
                values (:name, :key, :sex, :birth, :ethnicity, :citizenId, :grade, :ethnicArea,
                  :occupation, :residence, :place, :cell, :massOrganization, :youthUnion,
                  :militia, :teacher, :healthWorker, :villageOfficial, :stage, :since,
                  :birthPlace, :homeTown, :religion, :phone, :by)
                returning id
                """)
            .param("name", person.fullName().strip())
            .param("key", PersonName.searchKey(person.fullName()))
            .param("sex", person.sex().name())
            .param("birth", person.birthDate())
            .param("ethnicity", person.ethnicityCode())
            .param("citizenId", blankToNull(person.citizenId()))
            .param("grade", person.educationGrade())
            .param("ethnicArea", person.ethnicArea())
            .param("occupation", blankToNull(person.occupation()))
            .param("residence", blankToNull(person.residence()))
            .param("place", person.homePlaceId())
            .param("cell", person.cellId())
            .param("massOrganization", blankToNull(person.massOrganization()))
            .param("youthUnion", person.youthUnion())
            .param("militia", person.militia())
            .param("teacher", person.teacher())
            .param("healthWorker", person.healthWorker())
            .param("villageOfficial", person.villageOfficial())
            .param("stage", stage.name())
            .param("since", since)
            .param("birthPlace", blankToNull(person.birthPlace()))
            .param("homeTown", blankToNull(person.homeTown()))
            .param("religion", blankToNull(person.religion()))
            .param("phone", blankToNull(person.phone()))
            .param("by", by)
            .query(Long.class)
            .single();
    insertStep(
        id,
        StepKind.OPENED,
        stage,
        stage,
        person.cellId(),
        StepRequest.noted(StepKind.OPENED, since, person.massOrganization()),
        null,
        null,
        by);
    return id;
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
      case INTRODUCED -> require(step.note(), "development.refused.massOrganization");
      case SYMPATHISER -> {
        requireDecision(step);
        requireMentor(step, scope);
      }
      case COURSE_PASSED -> require(step.certificate(), "development.refused.certificate");
      case DOSSIER -> {
        requireIntroducers(step, scope);
        var check = policies.introducers(candidate.person(), asStep(step, cellId), step.on());
        refuseIfFailed(check);
      }
      case INTRODUCER_REPLACED -> step = replacement(candidate, step, cellId, scope);
      case CELL_VOTE -> {
        var dossier = candidate.last(StepKind.DOSSIER).orElse(null);
        for (var check : policies.checks(candidate, dossier, step.consentNumber(), step.on())) {
          refuseIfFailed(check);
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
        requireDecision(step);
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
      case LEFT -> require(step.note(), "development.refused.reason");
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
    int updated =
        jdbc.sql(
                """
                update candidate set stage = :stage, stage_since = :since,
                  member_id = coalesce(:member, member_id), version = version + 1
                where id = :id and version = :version
                """)
            .param("stage", to.name())
            .param("since", to == candidate.stage() ? candidate.stageSince() : step.on())
            .param("member", memberId)
            .param("id", id)
            .param("version", version)
            .update();
    requireUpdated(updated, id, version);
    var stored =
        insertStep(id, step.kind(), candidate.stage(), to, cellId, step, voters, passed, by);
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
    int updated =
        jdbc.sql(
                """
                update candidate set former_left_on = :leftOn, former_exit_reason = :reason,
                  former_record_cleared_on = :cleared, former_times_readmitted = :times,
                  readmission_consent = :consent, version = version + 1
                where id = :id and version = :version
                """)
            .param("leftOn", former == null ? null : former.leftOn())
            .param("reason", former == null ? null : former.reason().name())
            .param("cleared", former == null ? null : former.recordClearedOn())
            .param("times", former == null ? null : former.timesReadmitted())
            .param("consent", former == null ? null : former.provincialConsent())
            .param("id", id)
            .param("version", version)
            .update();
    requireUpdated(updated, id, version);
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

  private void requireMentor(StepRequest step, OrganizationScope scope) {
    if (step.mentorId() == null) {
      throw new RefusedException("development.refused.mentor");
    }
    requireKnownMember(step.mentorId(), scope);
    var placement = statistics.placementOn(step.mentorId(), step.on());
    if (placement.isEmpty() || placement.get().status() != MemberStatus.OFFICIAL) {
      throw new RefusedException("development.refused.mentorNotOfficial");
    }
  }

  /** A mentor or introducer must be a member whose record the user may read. */
  private void requireKnownMember(long memberId, OrganizationScope scope) {
    if (members.find(memberId, scope).isEmpty()) {
      throw new RefusedException("development.refused.unknownMember", memberId);
    }
  }

  private static void requireDecision(StepRequest step) {
    if (step.decision() == null || blank(step.decision().number())) {
      throw new RefusedException("development.refused.decision");
    }
  }

  private static void require(String value, String code) {
    if (blank(value)) {
      throw new RefusedException(code);
    }
  }

  /**
   * The introducers after a replacement, as the step to record: a reason is given, at least one new
   * introducer is marked as the replacement, the dossier's union resolutions carry over, and the
   * introducers pass their check on the day.
   */
  private StepRequest replacement(
      Candidate candidate, StepRequest step, long cellId, OrganizationScope scope) {
    require(step.note(), "development.refused.replacementReason");
    requireIntroducers(step, scope);
    var before = policies.introducing(candidate).orElseThrow();
    var previous = before.introducers().stream().map(Introducer::memberId).toList();
    if (step.introducers().stream()
        .noneMatch(i -> i.replacement() && !previous.contains(i.memberId()))) {
      throw new RefusedException("development.refused.noReplacement");
    }
    var replaced =
        new StepRequest(
            StepKind.INTRODUCER_REPLACED,
            step.on(),
            null,
            null,
            null,
            null,
            null,
            step.introducers(),
            before.youthUnionResolution(),
            before.tradeUnionResolution(),
            null,
            step.note(),
            false,
            null);
    refuseIfFailed(policies.introducers(candidate.person(), asStep(replaced, cellId), step.on()));
    return replaced;
  }

  /** An update of the candidate found no row at that version: someone saved in between. */
  private static void requireUpdated(int updated, long id, int version) {
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "candidate " + id + " changed since version " + version);
    }
  }

  /** Introducers given, each a member the user may name, none twice. */
  private void requireIntroducers(StepRequest step, OrganizationScope scope) {
    if (step.introducers().isEmpty()) {
      throw new RefusedException("development.refused.introducers");
    }
    if (step.introducers().stream().map(Introducer::memberId).distinct().count()
        < step.introducers().size()) {
      throw new RefusedException("development.refused.introducerTwice");
    }
    for (var introducer : step.introducers()) {
      requireKnownMember(introducer.memberId(), scope);
    }
  }

  private static void refuseIfFailed(Check check) {
    if (!check.passed()) {
      throw RefusedException.byRule(
          check.messageCode(), check.rule(), check.legalBasis(), check.arguments());
    }
  }

  private static Step asStep(StepRequest request, long cellId) {
    return new Step(
        0,
        request.kind(),
        null,
        null,
        request.on(),
        cellId,
        request.decision(),
        null,
        null,
        null,
        null,
        request.certificate(),
        request.mentorId(),
        request.introducers(),
        request.youthUnionResolution(),
        request.tradeUnionResolution(),
        request.consentNumber(),
        request.note(),
        null,
        null);
  }

  private void check(NewCandidate person, OrganizationScope scope) {
    if (person.fullName() == null
        || person.fullName().isBlank()
        || person.sex() == null
        || person.birthDate() == null
        || person.ethnicityCode() == null
        || person.cellId() == null) {
      throw new RefusedException("development.refused.personIncomplete");
    }
    if (person.ethnicityCode() < 1 || person.ethnicityCode() > 54) {
      throw new RefusedException("member.refused.ethnicity");
    }
    if (person.fullName().length() > 120
        || length(person.occupation()) > 120
        || length(person.residence()) > 300
        || length(person.massOrganization()) > 120
        || length(person.birthPlace()) > 200
        || length(person.homeTown()) > 200
        || length(person.religion()) > 60) {
      throw new RefusedException("rules.refused.tooLong");
    }
    var citizenId = CitizenId.ofNullable(person.citizenId());
    if (citizenId != null) {
      citizenId.checkAgainst(person.birthDate(), person.sex() == Sex.FEMALE);
    }
    if (!blank(person.phone()) && !person.phone().strip().matches("[0-9]{8,20}")) {
      throw new RefusedException("member.refused.phone");
    }
    if (person.educationGrade() != null
        && (person.educationGrade() < 0 || person.educationGrade() > 12)) {
      throw new RefusedException("development.refused.grade");
    }
    scope.requireManager(person.cellId());
    var cell =
        organizations
            .findOn(person.cellId(), LocalDate.now(clock), scope)
            .orElseThrow(() -> new RefusedException("member.refused.cellMissing"));
    if (!cell.isCell()) {
      throw new RefusedException("member.refused.notACell");
    }
    if (person.homePlaceId() != null
        && !places.mayName(person.homePlaceId(), LocalDate.now(clock), scope)) {
      throw new RefusedException("member.refused.homePlace");
    }
  }

  /** Writes the step with its introducers; the step as stored. */
  private Step insertStep(
      long candidateId,
      StepKind kind,
      Stage from,
      Stage to,
      long cellId,
      StepRequest step,
      Integer voters,
      Boolean passed,
      String by) {
    var decision = step.decision() == null ? DecisionRef.NONE : step.decision();
    Object[] stored =
        jdbc.sql(
                """
                insert into candidate_step (candidate_id, kind, from_stage, to_stage, on_date,
                  cell_id, decision_number, decision_date, decision_issuer, votes_for,
                  votes_against, voters, passed, certificate, mentor_id, youth_union_resolution,
                  trade_union_resolution, consent_number, note, meeting_id, entered_by)
                values (:candidate, :kind, :from, :to, :on, :cell, :number, :date, :issuer,
                  :votesFor, :votesAgainst, :voters, :passed, :certificate, :mentor, :youthUnion,
                  :tradeUnion, :consent, :note, :meeting, :by)
                returning id, entered_at
                """)
            .param("candidate", candidateId)
            .param("kind", kind.name())
            .param("from", from.name())
            .param("to", to.name())
            .param("on", step.on())
            .param("cell", cellId)
            .param("number", blankToNull(decision.number()))
            .param("date", decision.date())
            .param("issuer", blankToNull(decision.issuer()))
            .param("votesFor", step.votesFor())
            .param("votesAgainst", step.votesAgainst())
            .param("voters", voters)
            .param("passed", passed)
            .param("certificate", blankToNull(step.certificate()))
            .param("mentor", step.mentorId())
            .param("youthUnion", step.youthUnionResolution())
            .param("tradeUnion", step.tradeUnionResolution())
            .param("consent", blankToNull(step.consentNumber()))
            .param("note", blankToNull(step.note()))
            .param("meeting", step.meetingId())
            .param("by", by)
            .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getTimestamp("entered_at")})
            .single();
    long stepId = (Long) stored[0];
    var introducers =
        step.introducers().stream()
            .sorted(java.util.Comparator.comparingLong(Introducer::memberId))
            .toList();
    for (var introducer : introducers) {
      jdbc.sql(
              """
              insert into candidate_introducer (step_id, member_id, months_known, replacement)
              values (:step, :member, :months, :replacement)
              """)
          .param("step", stepId)
          .param("member", introducer.memberId())
          .param("months", introducer.monthsKnown())
          .param("replacement", introducer.replacement())
          .update();
    }
    return new Step(
        stepId,
        kind,
        from,
        to,
        step.on(),
        cellId,
        new DecisionRef(
            blankToNull(decision.number()), decision.date(), blankToNull(decision.issuer())),
        step.votesFor(),
        step.votesAgainst(),
        voters,
        passed,
        blankToNull(step.certificate()),
        step.mentorId(),
        introducers,
        step.youthUnionResolution(),
        step.tradeUnionResolution(),
        blankToNull(step.consentNumber()),
        blankToNull(step.note()),
        by,
        ((java.sql.Timestamp) stored[1]).toInstant());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return blank(value) ? null : value.strip();
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }
}
