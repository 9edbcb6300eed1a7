package vn.dangbo.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords or second-factor codes (form or API
 * alike) and clears the count on success. Counted in one SQL statement, so simultaneous attempts
 * cannot undercount.
 */
@Component
class LoginAttempts {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int limit;
  private final Duration lockFor;

  LoginAttempts(
      JdbcClient jdbc,
      Clock clock,
      @Value("${dangbo.security.max-failed-logins:5}") int limit,
      @Value("${dangbo.security.lockout:15m}") Duration lockFor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.limit = limit;
    this.lockFor = lockFor;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    jdbc.sql(
            """
            update user_account set
              locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end,
              failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end
            where username = :username
            """)
        .param("limit", limit)
        .param("until", Timestamp.from(clock.instant().plus(lockFor)))
        .param("username", event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT))
        .update();
  }

  /**
   * A right password alone does not clear the count when the code is still to come: wrong codes
   * count like wrong passwords, and signing in again must not start them afresh.
   */
  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (SecondFactors.awaitsCode(event.getAuthentication())) {
      return;
    }
    jdbc.sql(
            """
            update user_account set failed_logins = 0, locked_until = null
            where username = :username and (failed_logins > 0 or locked_until is not null)
            """)
        .param("username", event.getAuthentication().getName())
        .update();
  }
}
