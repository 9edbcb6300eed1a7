package vn.dangbo.accounts;

import vn.dangbo.identity.Role;

/**
 * What an administrator or committee office enters to open an account. {@code memberId} links a
 * member's account to their own record; only the member registry sets it, after checking the record
 * is in the user's scope and in the cell given as {@code organizationId}.
 */
public record NewAccount(
    String username,
    String displayName,
    String password,
    Role role,
    Long organizationId,
    Long committeeMemberId,
    Long memberId) {

  public NewAccount(
      String username,
      String displayName,
      String password,
      Role role,
      Long organizationId,
      Long committeeMemberId) {
    this(username, displayName, password, role, organizationId, committeeMemberId, null);
  }
}
