package vn.dangbo.accounts;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

  private final UserAccounts accounts;
  private final SecondFactors secondFactors;
  private final Clock clock;

  AccountUserDetailsService(UserAccounts accounts, SecondFactors secondFactors, Clock clock) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.clock = clock;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsername(username.strip().toLowerCase(Locale.ROOT))
        .map(
            account -> new SignedInUser(account, clock.instant(), secondFactors.isOn(account.id())))
        .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
  }
}
