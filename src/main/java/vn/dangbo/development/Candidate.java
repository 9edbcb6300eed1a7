package vn.dangbo.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * A candidate with their steps, oldest first: the aggregate the development steps act on. Each verb
 * checks the stage it starts from and the rule values in force on the step's day, and answers the
 * transition to store with the events it raises; a refusal names the rule and its legal basis.
 */
public record Candidate(
    long id,
    NewCandidate person,
    String ethnicity,
    String cellName,
    Stage stage,
    LocalDate stageSince,
    Long memberId,
    FormerMembership formerMembership,
    int version,
    List<Step> steps) {

  public String fullName() {
    return person.fullName();
  }

  /** The latest step of a kind, if any. */
  public Optional<Step> last(StepKind kind) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).kind() == kind) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }

  /** How many votes of a kind did not reach the required share. */
  public long failedVotes(StepKind kind) {
    return steps.stream().filter(s -> s.kind() == kind && Boolean.FALSE.equals(s.passed())).count();
  }

  /**
   * Whether the member is the one assigned to help this candidate (the sympathiser step's mentor).
   */
  public boolean mentoredBy(Long memberId) {
    return memberId != null
        && last(StepKind.SYMPATHISER).map(s -> memberId.equals(s.mentorId())).orElse(false);
  }

  public LocalDate lastStepOn() {
    return steps.isEmpty() ? stageSince : steps.get(steps.size() - 1).on();
  }

  /**
   * The candidate after a recorded step: in the step's stage (since its day, unless the stage did
   * not change), with the step last, the member record it opened, and the next version.
   */
  Candidate after(Step step, Long member) {
    var all = new java.util.ArrayList<>(steps);
    all.add(step);
    return new Candidate(
        id,
        person,
        ethnicity,
        cellName,
        step.to(),
        step.to() == stage ? stageSince : step.on(),
        member != null ? member : memberId,
        formerMembership,
        version + 1,
        List.copyOf(all));
  }

  /**
   * A step about to be recorded: the request as recorded, the stage it leads to and since when, the
   * vote's voters and outcome, and the events it raises (the resolution in a meeting's minutes).
   */
  record Transition(
      StepRequest step,
      Stage to,
      LocalDate stageSince,
      Integer voters,
      Boolean passed,
      List<Object> events) {}

  /**
   * Takes one step: the verb of the step's kind. Refused when the step does not follow from the
   * stage, is dated before the last step or in the future, lacks its evidence, or fails a rule in
   * force that day; a refusal names the rule, its value and its legal basis.
   */
  Transition take(StepRequest step, StepFacts facts) {
    if (step == null || step.kind() == null || step.on() == null) {
      throw new RefusedException("development.refused.incomplete");
    }
    return switch (step.kind()) {
      case INTRODUCED -> introduce(step, facts);
      case SYMPATHISER -> acceptAsSympathiser(step, facts);
      case COURSE_PASSED -> passCourse(step, facts);
      case DOSSIER -> submitDossier(step, facts);
      case INTRODUCER_REPLACED -> replaceIntroducer(step, facts);
      case CELL_VOTE -> recordCellVote(step, facts);
      case COMMITTEE_VOTE -> recordCommitteeVote(step, facts);
      case DECISION -> decideAdmission(step, facts);
      case CEREMONY -> holdCeremony(step, facts);
      case LEFT -> leave(step, facts);
      case OPENED -> throw new RefusedException("development.refused.order", stage, step.kind());
    };
  }

  /**
   * A mass organisation introduces the source as an outstanding person; it is named in the note.
   */
  Transition introduce(StepRequest step, StepFacts facts) {
    start(step, StepKind.INTRODUCED, facts);
    require(step.note(), "development.refused.massOrganization");
    return to(step);
  }

  /** The cell recognises a sympathiser and names an official member to help them. */
  Transition acceptAsSympathiser(StepRequest step, StepFacts facts) {
    start(step, StepKind.SYMPATHISER, facts);
    requireDecision(step);
    facts.requireMentor(step);
    return to(step, null, null);
  }

  /** The party-awareness course passed, with its certificate. */
  Transition passCourse(StepRequest step, StepFacts facts) {
    start(step, StepKind.COURSE_PASSED, facts);
    require(step.certificate(), "development.refused.certificate");
    return to(step);
  }

  /** The dossier with its introducers, who must pass their check on the day. */
  Transition submitDossier(StepRequest step, StepFacts facts) {
    start(step, StepKind.DOSSIER, facts);
    facts.requireIntroducers(step);
    StepEvidence.refuseIfFailed(
        facts
            .policies()
            .introducers(person, StepEvidence.asStep(step, person.cellId()), step.on()));
    return to(step);
  }

  /**
   * An introducer replaced: a reason is given, at least one new introducer is marked as the
   * replacement, the dossier's union resolutions carry over, and the introducers pass their check
   * on the day.
   */
  Transition replaceIntroducer(StepRequest step, StepFacts facts) {
    start(step, StepKind.INTRODUCER_REPLACED, facts);
    require(step.note(), "development.refused.replacementReason");
    facts.requireIntroducers(step);
    var before = facts.policies().introducing(this).orElseThrow();
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
    StepEvidence.refuseIfFailed(
        facts
            .policies()
            .introducers(person, StepEvidence.asStep(replaced, person.cellId()), step.on()));
    return to(replaced);
  }

  /**
   * The cell's vote on the admission: every eligibility check passes on the day, and the votes for
   * reach the share of the cell's official members the rules require; a vote that does not reach it
   * is recorded and leaves the candidate where they were.
   */
  Transition recordCellVote(StepRequest vote, StepFacts facts) {
    start(vote, StepKind.CELL_VOTE, facts);
    var dossier = last(StepKind.DOSSIER).orElse(null);
    for (var check : facts.policies().checks(this, dossier, vote.consentNumber(), vote.on())) {
      StepEvidence.refuseIfFailed(check);
    }
    int voters = facts.officialMembers(vote.on());
    return to(vote, voters, passes(vote, voters, RuleKey.CELL_VOTE_SHARE, facts.rules()));
  }

  /** The committee's vote, where the cell's approval chain has one, by the same kind of share. */
  Transition recordCommitteeVote(StepRequest vote, StepFacts facts) {
    start(vote, StepKind.COMMITTEE_VOTE, facts);
    int voters = facts.committeeMembers(vote.on());
    return to(vote, voters, passes(vote, voters, RuleKey.COMMITTEE_VOTE_SHARE, facts.rules()));
  }

  /**
   * The admission decision, with its number: after the committee's vote where the chain has one,
   * and, for a former member, with the provincial committee's consent where the rules require it.
   */
  Transition decideAdmission(StepRequest decision, StepFacts facts) {
    start(decision, StepKind.DECISION, facts);
    requireDecision(decision);
    if (facts.committeeVotesBeforeDecision(decision.on()) && stage != Stage.COMMITTEE_RESOLVED) {
      throw new RefusedException("development.refused.committeeFirst");
    }
    if (formerMembership != null && formerMembership.provincialConsent() == null) {
      var consent = facts.rules().at(decision.on(), RuleKey.READMISSION_PROVINCIAL_CONSENT);
      if (consent.asInt() > 0) {
        throw consent.refusal("development.refused.readmissionConsent");
      }
    }
    return to(decision);
  }

  /**
   * The admission ceremony, within the working days the rules allow after the decision; later only
   * with the consent of the committee above (its number in the step).
   */
  Transition holdCeremony(StepRequest ceremony, StepFacts facts) {
    start(ceremony, StepKind.CEREMONY, facts);
    var decided = last(StepKind.DECISION).orElseThrow();
    var rule = facts.rules().at(decided.on(), RuleKey.ADMISSION_CEREMONY_WORKING_DAYS);
    LocalDate due = facts.workingDaysAfter(decided.on(), rule.asInt());
    if (ceremony.on().isAfter(due) && blank(ceremony.consentNumber())) {
      throw rule.refusal("development.refused.ceremonyLate", EligibilityPolicies.day(due));
    }
    return to(ceremony);
  }

  /** The candidate leaves the pipeline, for the reason given. */
  Transition leave(StepRequest step, StepFacts facts) {
    start(step, StepKind.LEFT, facts);
    require(step.note(), "development.refused.reason");
    return to(step);
  }

  /**
   * The checks every step starts with: its kind follows from the stage, its days are since the
   * Party's founding, the cell existed that day, and the day is neither before the last step nor in
   * the future.
   */
  private void start(StepRequest step, StepKind kind, StepFacts facts) {
    if (step == null || step.on() == null) {
      throw new RefusedException("development.refused.incomplete");
    }
    if (step.kind() != kind || !kind.allowedFrom(stage)) {
      throw new RefusedException("development.refused.order", stage, step.kind());
    }
    if (step.meetingId() != null && kind != StepKind.SYMPATHISER && kind != StepKind.CELL_VOTE) {
      throw new RefusedException("development.refused.meetingStep");
    }
    PartyDates.requireSinceFounding("on", step.on());
    PartyDates.requireSinceFounding("decision", step.decision());
    facts.requireCellOn(step.on());
    if (step.on().isBefore(lastStepOn()) || step.on().isAfter(facts.today())) {
      throw new RefusedException(
          "development.refused.dateOrder", EligibilityPolicies.day(lastStepOn()));
    }
    if (step.note() != null && step.note().length() > 1000) {
      throw new RefusedException("rules.refused.tooLong");
    }
  }

  private Transition to(StepRequest step) {
    return to(step, null, null);
  }

  /** The step's transition: a vote that did not pass leaves the stage as it was. */
  private Transition to(StepRequest step, Integer voters, Boolean passed) {
    Stage to = Boolean.FALSE.equals(passed) ? stage : step.kind().to();
    List<Object> events =
        step.meetingId() == null
            ? List.of()
            : List.of(
                new ResolutionTaken(
                    step.meetingId(),
                    person.cellId(),
                    step.on(),
                    resolutionText(step, voters, passed),
                    step.votesFor(),
                    step.votesAgainst()));
    return new Transition(step, to, to == stage ? stageSince : step.on(), voters, passed, events);
  }

  /** The resolution as the meeting's minutes list it. */
  private String resolutionText(StepRequest step, Integer voters, Boolean passed) {
    if (step.kind() == StepKind.SYMPATHISER) {
      return "Công nhận quần chúng "
          + fullName()
          + " là cảm tình Đảng, phân công đảng viên giúp đỡ";
    }
    return "Đề nghị kết nạp quần chúng "
        + fullName()
        + ": "
        + step.votesFor()
        + "/"
        + voters
        + " đảng viên chính thức đồng ý"
        + (Boolean.TRUE.equals(passed) ? "" : " (không đạt)");
  }

  /** Whether the votes for reach the share; refused when the votes do not add up. */
  private static boolean passes(StepRequest vote, int voters, RuleKey share, RuleSource rules) {
    if (vote.votesFor() == null || vote.votesFor() < 0 || vote.votesFor() > voters) {
      throw new RefusedException("development.refused.votes", voters);
    }
    if (vote.votesAgainst() != null
        && (vote.votesAgainst() < 0 || vote.votesFor() + vote.votesAgainst() > voters)) {
      throw new RefusedException("development.refused.votes", voters);
    }
    return rules.at(vote.on(), share).reachedBy(vote.votesFor(), voters);
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

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
