package vn.dangbo.accounts;

import java.io.Serializable;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import vn.dangbo.identity.Role;

/**
 * A person's account: who they are, their role and the organisation (or committee member) that
 * anchors their scope, and the state of their sign-in (failed attempts, temporary lock).
 */
@Table("user_account")
public record UserAccount(
    @Id Long id,
    String username,
    String displayName,
    String passwordHash,
    Role role,
    Long organizationId,
    Long committeeMemberId,
    Long memberId,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    Instant passwordChangedAt,
    Instant createdAt,
    @Version Integer version)
    implements Serializable {

  public static UserAccount create(
      String username,
      String displayName,
      String passwordHash,
      Role role,
      Long organizationId,
      Long committeeMemberId,
      Long memberId,
      Instant now) {
    return new UserAccount(
        null,
        username,
        displayName,
        passwordHash,
        role,
        role.needsOrganization() ? organizationId : null,
        role == Role.COMMITTEE_MEMBER_IN_CHARGE ? committeeMemberId : null,
        role == Role.MEMBER ? memberId : null,
        true,
        0,
        null,
        now,
        now,
        null);
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /** The same account without its password's hash, for what is kept past the sign-in. */
  UserAccount withoutPasswordHash() {
    return new UserAccount(
        id,
        username,
        displayName,
        null,
        role,
        organizationId,
        committeeMemberId,
        memberId,
        enabled,
        failedLogins,
        lockedUntil,
        passwordChangedAt,
        createdAt,
        version);
  }

  UserAccount withPassword(String hash, Instant now) {
    return new UserAccount(
        id,
        username,
        displayName,
        hash,
        role,
        organizationId,
        committeeMemberId,
        memberId,
        enabled,
        0,
        null,
        now,
        createdAt,
        version);
  }

  UserAccount withRole(Role newRole, Long newOrganizationId, Long newCommitteeMemberId) {
    return new UserAccount(
        id,
        username,
        displayName,
        passwordHash,
        newRole,
        newRole.needsOrganization() ? newOrganizationId : null,
        newRole == Role.COMMITTEE_MEMBER_IN_CHARGE ? newCommitteeMemberId : null,
        newRole == Role.MEMBER ? memberId : null,
        enabled,
        failedLogins,
        lockedUntil,
        passwordChangedAt,
        createdAt,
        version);
  }

  UserAccount withEnabled(boolean value, String newDisplayName) {
    return new UserAccount(
        id,
        username,
        newDisplayName,
        passwordHash,
        role,
        organizationId,
        committeeMemberId,
        memberId,
        value,
        failedLogins,
        lockedUntil,
        passwordChangedAt,
        createdAt,
        version);
  }
}
