package vn.dangbo.members;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * Decisions that change a member's status from a day on (recognition as official, exemption,
 * attachment, removal, expulsion, death...), each checked against the changes the rules allow and
 * the member's history.
 */
@Service
public class StatusDecisions {

  private final MemberRepository repository;
  private final Members members;
  private final MemberHistory memberHistory;
  private final RuleBook rules;

  StatusDecisions(
      MemberRepository repository, Members members, MemberHistory memberHistory, RuleBook rules) {
    this.repository = repository;
    this.members = members;
    this.memberHistory = memberHistory;
    this.rules = rules;
  }

  /**
   * Changes the member's status from a day on, through a decision. Refused when the change is not
   * allowed from the current status, dated before the last change, or (for recognition as official)
   * before probation has ended; the member then becomes official on the exact day probation ends,
   * even if the decision came later.
   */
  @Transactional
  public void changeStatus(
      long id,
      int version,
      MemberStatus to,
      LocalDate on,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    changeStatus(id, version, to, on, null, decision, reason, scope, by);
  }

  /**
   * Changes the status as above; {@code until} is the day a temporary status (attached elsewhere or
   * here, temporarily exempted) is due to end, and is refused for any other status.
   */
  @Transactional
  public void changeStatus(
      long id,
      int version,
      MemberStatus to,
      LocalDate on,
      LocalDate until,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    var member =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(member.record().cellId());
    if (to == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    if (!member.status().next().contains(to)) {
      throw new RefusedException("member.refused.transition", member.status(), to);
    }
    memberHistory.requireDateInOrder(id, on);
    PartyDates.requireSinceFounding("decision", decision);
    if (until != null && (!to.temporary() || !until.isAfter(on))) {
      throw new RefusedException("member.refused.until");
    }
    if (to == MemberStatus.ATTACHED_ELSEWHERE && until != null) {
      memberHistory.requireAttachmentLength(on, until);
    }
    MemberHistory.requireShort(reason);
    LocalDate officialDate = member.officialDate();
    LocalDate effective = on;
    if (member.status() == MemberStatus.PROBATIONARY && to == MemberStatus.OFFICIAL) {
      LocalDate ceremony = member.record().admissionCeremonyDate();
      if (ceremony == null) {
        throw new RefusedException("member.refused.ceremonyMissing");
      }
      var rule = rules.at(ceremony, RuleKey.PROBATION_MONTHS);
      LocalDate probationEnds = ceremony.plusMonths(rule.asInt());
      if (on.isBefore(probationEnds)) {
        throw new RefusedException(
            "member.refused.probationNotOver", probationEnds, rule.asInt(), rule.legalBasis());
      }
      officialDate = probationEnds;
      // official from the exact end of probation, even when the decision comes later (Điều lệ
      // Đảng, Điều 5); the decision keeps its own day. Only a change recorded after that end (a
      // move during the wait) keeps the history from going back to it.
      LocalDate last = memberHistory.lastChangeOn(id);
      if (last == null || !last.isAfter(probationEnds)) {
        effective = probationEnds;
        if (decision != null && decision.date() == null) {
          decision = new DecisionRef(decision.number(), on, decision.issuer());
        }
      }
    }
    repository.saveStatus(id, version, to, effective, officialDate);
    memberHistory.record(
        new MemberHistory.Entry(
            id,
            ChangeKind.STATUS,
            member.record().cellId(),
            member.status(),
            to,
            effective,
            until,
            decision,
            reason),
        by);
  }
}
