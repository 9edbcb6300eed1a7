package vn.dangbo.accounts;

import java.util.Locale;
import java.util.Set;
import vn.dangbo.shared.RefusedException;

/**
 * A password must be at least 10 characters with a letter and a digit, must not contain the
 * username, and must not be one of the published demo or initial passwords.
 */
final class PasswordPolicy {

  static final int MINIMUM_LENGTH = 10;
  static final int MAXIMUM_LENGTH = 128;

  /** Passwords published in the README: fine for the demo, refused in production. */
  static final Set<String> DEFAULT_PASSWORDS = Set.of("Dangbo@2025", "Doi-mat-khau-1");

  private PasswordPolicy() {}

  /**
   * A password someone sets for an existing account (own change or a manager's reset): the policy,
   * and never a published default, so that only never-changed accounts can hold one.
   */
  static void checkReplacement(String password, String username) {
    check(password, username);
    if (DEFAULT_PASSWORDS.contains(password)) {
      throw new RefusedException("account.refused.defaultPassword");
    }
  }

  static void check(String password, String username) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      throw new RefusedException("account.refused.passwordTooShort", MINIMUM_LENGTH);
    }
    if (password.length() > MAXIMUM_LENGTH) {
      throw new RefusedException("account.refused.passwordTooLong", MAXIMUM_LENGTH);
    }
    if (password.chars().noneMatch(Character::isLetter)
        || password.chars().noneMatch(Character::isDigit)) {
      throw new RefusedException("account.refused.passwordTooSimple");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new RefusedException("account.refused.passwordContainsUsername");
    }
  }
}
