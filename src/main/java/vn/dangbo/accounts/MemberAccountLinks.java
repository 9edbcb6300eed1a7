package vn.dangbo.accounts;

import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberAccounts;
import vn.dangbo.members.MemberPlaced;
import vn.dangbo.shared.RefusedException;

/**
 * The accounts linked to members' records: opened from the member's page, and re-anchored in the
 * member's new cell when the member moves.
 */
@Component
class MemberAccountLinks implements MemberAccounts {

  private final AccountAdministration administration;
  private final UserAccounts accounts;

  MemberAccountLinks(AccountAdministration administration, UserAccounts accounts) {
    this.administration = administration;
    this.accounts = accounts;
  }

  @Override
  public Optional<String> usernameOf(long memberId) {
    return accounts.findByMemberId(memberId).map(UserAccount::username);
  }

  @Override
  public void open(Member member, String username, String password, CurrentUser user) {
    if (member.status().ended()) {
      throw new RefusedException("members.account.ended");
    }
    administration.open(
        new NewAccount(
            username,
            member.fullName(),
            password,
            Role.MEMBER,
            member.record().cellId(),
            null,
            member.id()),
        user);
  }

  /**
   * The member's account follows them to their new cell. Eventual on purpose: it runs after the
   * move is committed, in its own transaction, and Modulith's event publication registry keeps the
   * event until it has run, so a failure or a restart in between delays the re-anchoring but never
   * loses it (it is resubmitted on the next start). Until it runs, the account still reads the old
   * cell, which it read a moment before.
   */
  @ApplicationModuleListener
  void follow(MemberPlaced placed) {
    accounts.anchorMemberIn(placed.memberId(), placed.cellId());
  }
}
