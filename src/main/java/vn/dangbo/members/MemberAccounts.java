package vn.dangbo.members;

import java.util.Optional;
import vn.dangbo.identity.CurrentUser;

/**
 * A member's own account, as the member's page shows and opens it. The accounts module answers; the
 * members module only asks, so it does not depend on accounts.
 */
public interface MemberAccounts {

  /** The user name of the account linked to the member's record, if the member has one. */
  Optional<String> usernameOf(long memberId);

  /**
   * Opens the member's own account, linked to their record and anchored in their cell: the member
   * then reads their record and their cell's figures, nothing else. Refused for a member who has
   * left, and as any account is refused (the user name taken, a weak password).
   */
  void open(Member member, String username, String password, CurrentUser user);
}
