package vn.dangbo.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal: the account as it was when the user signed in. {@code
 * awaitingCode}: the password was right but the account also asks for its second factor's code;
 * such a principal has no role, so it opens nothing.
 */
record SignedInUser(UserAccount account, Instant now, boolean awaitingCode) implements UserDetails {

  SignedInUser(UserAccount account, Instant now) {
    this(account, now, false);
  }

  /**
   * What the session store keeps: the principal without the password's hash. The hash is needed
   * only to check the password at sign-in; the session rows (and their backups) keep none, and
   * every request reads a smaller session.
   */
  @java.io.Serial
  private Object writeReplace() {
    return account.passwordHash() == null
        ? this
        : new SignedInUser(account.withoutPasswordHash(), now, awaitingCode);
  }

  /** The same person once the code is given. */
  SignedInUser withCode() {
    return new SignedInUser(account, now, false);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(
        new SimpleGrantedAuthority(
            awaitingCode ? SecondFactors.AWAITING_CODE : "ROLE_" + account.role().name()));
  }

  @Override
  public String getPassword() {
    return account.passwordHash();
  }

  @Override
  public String getUsername() {
    return account.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !account.isLocked(now);
  }

  @Override
  public boolean isEnabled() {
    return account.enabled();
  }
}
