package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

  @Test
  void aCitizenIdKeepsItsFirstFourAndLastTwoDigits() {
    assertThat(Masking.citizenId("014195001223")).isEqualTo("0141******23");
    assertThat(Masking.citizenId(null)).isNull();
    assertThat(Masking.citizenId("123")).isEqualTo("***");
  }

  @Test
  void aPhoneKeepsItsFirstAndLastTwoDigits() {
    assertThat(Masking.phone("0912345678")).isEqualTo("09******78");
    assertThat(Masking.phone(" 0912345678 ")).isEqualTo("09******78");
  }
}
