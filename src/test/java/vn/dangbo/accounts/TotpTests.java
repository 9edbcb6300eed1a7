package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One-time codes as RFC 6238 computes them, and which of them are taken. */
class TotpTests {

  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void givesTheCodesOfTheRfcTestVectors(long epochSecond, String code) {
    // RFC 6238 appendix B (SHA-1), last six of its eight digits
    assertThat(Totp.code(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond))))
        .isEqualTo(code);
  }

  @Test
  void takesTheCodeOfTheStepBeforeAndAfterButNotFurther() {
    var now = Instant.ofEpochSecond(1_111_111_111);
    long step = Totp.stepAt(now);

    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).isEqualTo(step);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now))
        .isEqualTo(step - 1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now))
        .isEqualTo(step + 1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEqualTo(-1);
  }

  @Test
  void readsACodeTypedWithASpaceAndRefusesAnythingElse() {
    var now = Instant.ofEpochSecond(59);

    assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).isEqualTo(1);
    assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(RFC_SECRET, "2870822", now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(RFC_SECRET, "28708a", now)).isEqualTo(-1);
    assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEqualTo(-1);
  }

  @Test
  void writesTheKeyInBase32ForTheApp() {
    assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.base32(new byte[] {(byte) 0xff})).isEqualTo("74");
    assertThat(Totp.keyUri("dangbo", "vanphong.taxua", RFC_SECRET))
        .isEqualTo(
            "otpauth://totp/dangbo%3Avanphong.taxua?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                + "&issuer=dangbo");
  }

  @Test
  void makesADifferentTwentyByteKeyEachTime() {
    assertThat(Totp.newSecret()).hasSize(20).isNotEqualTo(Totp.newSecret());
  }
}
