package vn.dangbo.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
  private final Map<String, Attempts> unknownNames = new ConcurrentHashMap<>();
  private static final int MAX_UNKNOWN_NAMES = 10_000;

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
    String username = event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT);
    int counted =
        jdbc.sql(
                """
            update user_account set
              locked_until = case when failed_logins + 1 >= :limit then :until else locked_until end,
              failed_logins = case when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end
            where username = :username
            """)
            .param("limit", limit)
            .param("until", Timestamp.from(clock.instant().plus(lockFor)))
            .param("username", username)
            .update();
    if (counted == 0) {
      unknown(username);
    }
  }

  /**
   * A name no account has is counted and locked the same way, in memory, so that the answers to
   * wrong passwords never tell whether an account of that name exists.
   */
  private void unknown(String username) {
    Instant now = clock.instant();
    if (unknownNames.size() > MAX_UNKNOWN_NAMES) {
      unknownNames.values().removeIf(a -> !a.lockedUntil().isAfter(now));
      if (unknownNames.size() > MAX_UNKNOWN_NAMES) {
        unknownNames.clear();
      }
    }
    unknownNames.compute(
        username,
        (name, before) -> {
          if (before != null && before.isLocked(now)) {
            return before;
          }
          int failed = before == null ? 1 : before.failed() + 1;
          return failed >= limit
              ? new Attempts(0, now.plus(lockFor))
              : new Attempts(failed, Instant.EPOCH);
        });
  }

  /** Until when the name is locked (an account, or a name no account has), if it is. */
  Optional<Instant> lockedUntil(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    var account =
        jdbc.sql("select locked_until from user_account where username = :username")
            .param("username", name)
            .query(Timestamp.class)
            .optional();
    if (account.isPresent()) {
      return Optional.ofNullable(account.get())
          .map(Timestamp::toInstant)
          .filter(until -> until.isAfter(now));
    }
    return Optional.ofNullable(unknownNames.get(name))
        .filter(a -> a.isLocked(now))
        .map(Attempts::lockedUntil);
  }

  private record Attempts(int failed, Instant lockedUntil) {
    boolean isLocked(Instant now) {
      return lockedUntil.isAfter(now);
    }
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
