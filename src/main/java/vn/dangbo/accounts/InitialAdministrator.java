package vn.dangbo.accounts;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.Role;

/**
 * On an empty database, opens the {@code admin} account with the password from {@code
 * DANGBO_ADMIN_PASSWORD} (or the published initial one, which production refuses), so a new
 * installation can be set up from the browser.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final Clock clock;
  private final String initialPassword;

  InitialAdministrator(
      UserAccounts accounts,
      PasswordEncoder encoder,
      Clock clock,
      @Value("${dangbo.admin.initial-password:Doi-mat-khau-1}") String initialPassword) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.clock = clock;
    this.initialPassword = initialPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.count() > 0) {
      return;
    }
    accounts.save(
        UserAccount.create(
            "admin",
            "Quản trị hệ thống",
            encoder.encode(initialPassword),
            Role.ADMINISTRATOR,
            null,
            null,
            null,
            clock.instant()));
    log.warn("Opened the initial account 'admin'; change its password after the first sign-in");
  }
}
