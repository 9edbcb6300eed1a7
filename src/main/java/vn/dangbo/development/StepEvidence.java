package vn.dangbo.development;

import org.springframework.stereotype.Component;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.shared.RefusedException;

/**
 * The evidence a step needs besides the rules of its day: the decision's number, a mentor who is an
 * official member, introducers the user may name (none twice), a replaced introducer's successor, a
 * check that passed.
 */
@Component
class StepEvidence {

  private final EligibilityPolicies policies;
  private final MemberStatistics statistics;
  private final Members members;

  StepEvidence(EligibilityPolicies policies, MemberStatistics statistics, Members members) {
    this.policies = policies;
    this.statistics = statistics;
    this.members = members;
  }

  void requireMentor(StepRequest step, OrganizationScope scope) {
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
  void requireKnownMember(long memberId, OrganizationScope scope) {
    if (members.find(memberId, scope).isEmpty()) {
      throw new RefusedException("development.refused.unknownMember", memberId);
    }
  }

  static void requireDecision(StepRequest step) {
    if (step.decision() == null || blank(step.decision().number())) {
      throw new RefusedException("development.refused.decision");
    }
  }

  static void require(String value, String code) {
    if (blank(value)) {
      throw new RefusedException(code);
    }
  }

  /**
   * The introducers after a replacement, as the step to record: a reason is given, at least one new
   * introducer is marked as the replacement, the dossier's union resolutions carry over, and the
   * introducers pass their check on the day.
   */
  StepRequest replacement(
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

  /** Introducers given, each a member the user may name, none twice. */
  void requireIntroducers(StepRequest step, OrganizationScope scope) {
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

  static void refuseIfFailed(Check check) {
    if (!check.passed()) {
      throw RefusedException.byRule(
          check.messageCode(), check.rule(), check.legalBasis(), check.arguments());
    }
  }

  static Step asStep(StepRequest request, long cellId) {
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

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
