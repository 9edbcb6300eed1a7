package vn.dangbo.identity;

/** The signed-in user of a request, with the scope their role and anchor give them today. */
public record CurrentUser(
    long accountId,
    String username,
    String displayName,
    Role role,
    Long organizationId,
    Long committeeMemberId,
    OrganizationScope scope) {}
