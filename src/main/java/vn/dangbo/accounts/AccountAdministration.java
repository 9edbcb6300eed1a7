package vn.dangbo.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Opening and changing accounts. Administrators manage every account; committee office staff manage
 * the accounts anchored inside their subtree and cannot hand out more than they have.
 */
@Service
public class AccountAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final CommitteeMembers committeeMembers;
  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
  private final Clock clock;

  AccountAdministration(
      UserAccounts accounts,
      PasswordEncoder encoder,
      CommitteeMembers committeeMembers,
      ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
      Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.committeeMembers = committeeMembers;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** The accounts the user may manage, by username. */
  @Transactional(readOnly = true)
  public List<UserAccount> manageableBy(CurrentUser user) {
    requireAccountManager(user);
    return accounts.findAll().stream()
        .filter(a -> canManage(user, a))
        .sorted(Comparator.comparing(UserAccount::username))
        .toList();
  }

  @Transactional(readOnly = true)
  public UserAccount find(long id, CurrentUser user) {
    requireAccountManager(user);
    return accounts
        .findById(id)
        .filter(a -> canManage(user, a))
        .orElseThrow(() -> new NotFoundException("account.notFound"));
  }

  @Transactional
  public UserAccount open(NewAccount request, CurrentUser user) {
    requireAccountManager(user);
    String username =
        request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new RefusedException("account.refused.username");
    }
    if (request.displayName() == null || request.displayName().isBlank()) {
      throw new RefusedException("account.refused.displayNameRequired");
    }
    if (request.displayName().strip().length() > 200) {
      throw new RefusedException("account.refused.displayNameTooLong", 200);
    }
    PasswordPolicy.check(request.password(), username);
    requireGrantable(request.role(), request.organizationId(), request.committeeMemberId(), user);
    if (accounts.existsByUsername(username)) {
      throw new RefusedException("account.refused.usernameTaken", username);
    }
    return accounts.save(
        UserAccount.create(
            username,
            request.displayName().strip(),
            encoder.encode(request.password()),
            request.role(),
            request.organizationId(),
            request.committeeMemberId(),
            request.memberId(),
            clock.instant()));
  }

  @Transactional
  public UserAccount changeRole(
      long id, Role role, Long organizationId, Long committeeMemberId, CurrentUser user) {
    var account = find(id, user);
    if (account.id() == user.accountId()) {
      throw new RefusedException("account.refused.ownRole");
    }
    requireGrantable(role, organizationId, committeeMemberId, user);
    return accounts.save(account.withRole(role, organizationId, committeeMemberId));
  }

  @Transactional
  public UserAccount setEnabled(long id, boolean enabled, String displayName, CurrentUser user) {
    var account = find(id, user);
    if (account.id() == user.accountId() && !enabled) {
      throw new RefusedException("account.refused.disableSelf");
    }
    String name =
        displayName == null || displayName.isBlank() ? account.displayName() : displayName.strip();
    var saved = accounts.save(account.withEnabled(enabled, name));
    if (!enabled) {
      endSessions(account.username());
    }
    return saved;
  }

  /** Signs the account out everywhere: every session it has, in every instance, ends now. */
  private void endSessions(String username) {
    var store = sessions.getIfAvailable();
    if (store != null) {
      store.findByPrincipalName(username).keySet().forEach(store::deleteById);
    }
  }

  /** The user names of the accounts anchored in these organisations. */
  @Transactional(readOnly = true)
  public List<String> usernamesIn(java.util.Collection<Long> organizations) {
    return accounts.usernamesIn(organizations.toArray(Long[]::new));
  }

  /** The names and roles the accounts show, by user name (for a member's list of who read). */
  @Transactional(readOnly = true)
  public java.util.Map<String, UserAccount> byUsername(java.util.Collection<String> usernames) {
    var found = new java.util.HashMap<String, UserAccount>();
    accounts.findByUsernameIn(usernames).forEach(a -> found.put(a.username(), a));
    return found;
  }

  /** The account linked to a member's record, if the member has one. */
  public Optional<UserAccount> ofMember(long memberId) {
    return accounts.findByMemberId(memberId);
  }

  /** Sets a new password chosen by an account manager (for example after a forgotten one). */
  @Transactional
  public void resetPassword(long id, String newPassword, CurrentUser user) {
    var account = find(id, user);
    PasswordPolicy.checkReplacement(newPassword, account.username());
    accounts.save(account.withPassword(encoder.encode(newPassword), clock.instant()));
  }

  /** Anyone may change their own password, knowing the current one. */
  @Transactional
  public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
    var account = accounts.findById(user.accountId()).orElseThrow();
    if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
      throw new RefusedException("account.refused.currentPasswordWrong");
    }
    PasswordPolicy.checkReplacement(newPassword, account.username());
    accounts.save(account.withPassword(encoder.encode(newPassword), clock.instant()));
  }

  private static void requireAccountManager(CurrentUser user) {
    if (!user.role().managesAccounts()) {
      throw new ForbiddenException("account.forbidden");
    }
  }

  private boolean canManage(CurrentUser user, UserAccount account) {
    if (user.role() == Role.ADMINISTRATOR) {
      return true;
    }
    if (account.role() == Role.ADMINISTRATOR) {
      return false;
    }
    if (account.organizationId() != null) {
      return user.scope().canManage(account.organizationId());
    }
    return committeeMembers
        .find(account.committeeMemberId())
        .map(m -> user.scope().canManage(m.committeeId()))
        .orElse(false);
  }

  private void requireGrantable(
      Role role, Long organizationId, Long committeeMemberId, CurrentUser user) {
    if (role == null) {
      throw new RefusedException("account.refused.roleRequired");
    }
    if (role == Role.ADMINISTRATOR) {
      if (user.role() != Role.ADMINISTRATOR) {
        throw new ForbiddenException("account.forbidden");
      }
      return;
    }
    if (role.needsOrganization()) {
      if (organizationId == null) {
        throw new RefusedException("account.refused.organizationRequired");
      }
      if (!user.scope().canManage(organizationId)) {
        throw new ForbiddenException("account.forbidden");
      }
      return;
    }
    if (committeeMemberId == null) {
      throw new RefusedException("account.refused.committeeMemberRequired");
    }
    var member =
        committeeMembers
            .find(committeeMemberId)
            .orElseThrow(() -> new RefusedException("account.refused.committeeMemberRequired"));
    if (!user.scope().canManage(member.committeeId())) {
      throw new ForbiddenException("account.forbidden");
    }
  }
}
