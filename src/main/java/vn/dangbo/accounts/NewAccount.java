package vn.dangbo.accounts;

/** What an administrator or committee office enters to open an account. */
public record NewAccount(
    String username,
    String displayName,
    String password,
    Role role,
    Long organizationId,
    Long committeeMemberId) {}
