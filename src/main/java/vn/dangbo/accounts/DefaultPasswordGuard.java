package vn.dangbo.accounts;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * In production, refuses to start while any enabled account still has a published default password
 * (the demo password or the initial administrator password).
 */
@Component
@Profile("prod")
@Order(1)
class DefaultPasswordGuard implements ApplicationRunner {

  private final UserAccounts accounts;
  private final PasswordEncoder encoder;
  private final String initialPassword;

  DefaultPasswordGuard(
      UserAccounts accounts,
      PasswordEncoder encoder,
      @Value("${dangbo.admin.initial-password:Doi-mat-khau-1}") String initialPassword) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.initialPassword = initialPassword;
  }

  /** Runs before the initial administrator is opened, so that one is never opened insecurely. */
  @Override
  public void run(ApplicationArguments args) {
    if (accounts.count() == 0 && PasswordPolicy.DEFAULT_PASSWORDS.contains(initialPassword)) {
      throw new DefaultPasswordInUseException(List.of("admin"));
    }
    var offenders =
        accounts.findAll().stream()
            .filter(UserAccount::enabled)
            // a changed password can no longer be a default one (PasswordPolicy refuses them),
            // so only never-changed accounts cost a hash comparison at start-up
            .filter(a -> a.passwordChangedAt().equals(a.createdAt()))
            .filter(
                a ->
                    PasswordPolicy.DEFAULT_PASSWORDS.stream()
                        .anyMatch(p -> encoder.matches(p, a.passwordHash())))
            .map(UserAccount::username)
            .sorted()
            .toList();
    if (!offenders.isEmpty()) {
      throw new DefaultPasswordInUseException(offenders);
    }
  }

  /** Stops the production start; the message says which accounts and how to fix it. */
  static class DefaultPasswordInUseException extends IllegalStateException {
    DefaultPasswordInUseException(List<String> usernames) {
      super(
          "Không khởi động ở chế độ production: tài khoản "
              + usernames
              + " còn dùng mật khẩu mặc định. Đặt DANGBO_ADMIN_PASSWORD trước lần chạy đầu, hoặc"
              + " đổi mật khẩu các tài khoản này. / Refusing to start in production: accounts "
              + usernames
              + " still use a published default password.");
    }
  }
}
