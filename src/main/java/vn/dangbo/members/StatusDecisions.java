package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;

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
  private final Clock clock;

  StatusDecisions(
      MemberRepository repository,
      Members members,
      MemberHistory memberHistory,
      RuleBook rules,
      Clock clock) {
    this.repository = repository;
    this.members = members;
    this.memberHistory = memberHistory;
    this.rules = rules;
    this.clock = clock;
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
    var change =
        member.change(
            new StatusDecision(to, on, until, decision, reason),
            memberHistory.lastChangeOn(id),
            LocalDate.now(clock),
            rules);
    repository.saveStatus(
        id, version, change.entry().to(), change.entry().on(), change.officialDate());
    memberHistory.record(change.entry(), by);
  }
}
