package vn.dangbo.development;

import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.shared.RefusedException;

/**
 * The evidence a step names, checked against the records: a mentor who is an official member,
 * introducers the user may name (none twice); and a failed check turned into its refusal.
 */
@Component
class StepEvidence {

  private final MemberStatistics statistics;
  private final Members members;

  StepEvidence(MemberStatistics statistics, Members members) {
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
}
