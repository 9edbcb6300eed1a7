package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangbo.shared.RefusedException;

class PasswordPolicyTests {

  @ParameterizedTest
  @CsvSource({
    "Abc-12345, account.refused.passwordTooShort",
    "abcdefghijkl, account.refused.passwordTooSimple",
    "123456789012, account.refused.passwordTooSimple",
    "bithu.be-2026, account.refused.passwordContainsUsername"
  })
  void refusesWeakPasswords(String password, String reason) {
    assertThatThrownBy(() -> PasswordPolicy.check(password, "bithu.be"))
        .isInstanceOf(RefusedException.class)
        .hasMessage(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Abc-123456", "mật khẩu dài 2026"})
  void acceptsTenCharactersWithLettersAndDigits(String password) {
    assertThatCode(() -> PasswordPolicy.check(password, "bithu.be")).doesNotThrowAnyException();
  }

  @org.junit.jupiter.api.Test
  void acceptsUpTo128CharactersAndRefusesMore() {
    assertThatCode(() -> PasswordPolicy.check("a1" + "x".repeat(126), "user"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PasswordPolicy.check("a1" + "x".repeat(127), "user"))
        .hasMessage("account.refused.passwordTooLong");
  }
}
