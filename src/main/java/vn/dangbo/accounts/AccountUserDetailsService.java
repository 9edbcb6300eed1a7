package vn.dangbo.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

  private final UserAccounts accounts;
  private final SecondFactors secondFactors;
  private final LoginAttempts attempts;
  private final Clock clock;

  AccountUserDetailsService(
      UserAccounts accounts, SecondFactors secondFactors, LoginAttempts attempts, Clock clock) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.attempts = attempts;
    this.clock = clock;
  }

  /**
   * The account of the name. A name no account has, after as many wrong passwords as lock an
   * account, is answered as a locked account, so that nobody learns which names exist.
   */
  @Override
  public UserDetails loadUserByUsername(String username) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    var account = accounts.findByUsername(name);
    if (account.isPresent()) {
      return new SignedInUser(
          account.get(), clock.instant(), secondFactors.isOn(account.get().id()));
    }
    if (attempts.lockedUntil(name).isPresent()) {
      return User.withUsername(name)
          .password("")
          .accountLocked(true)
          .authorities(List.of())
          .build();
    }
    throw new UsernameNotFoundException("unknown user");
  }
}
