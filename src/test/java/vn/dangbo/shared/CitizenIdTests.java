package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTests {

  @ParameterizedTest(name = "{0}: born {1}, woman {2}")
  @CsvSource({
    "014090123456, 1990-04-05, false",
    "014190123456, 1990-04-05, true",
    "014205123456, 2005-01-01, false",
    "001305123456, 2005-12-31, true",
    "096000123456, 1900-01-01, false",
    "014099123456, 1999-12-31, false"
  })
  void acceptsANumberThatAgreesWithTheBirthDateAndSex(String id, LocalDate born, boolean woman) {
    assertThatNoException().isThrownBy(() -> new CitizenId(id).checkAgainst(born, woman));
  }

  @ParameterizedTest(name = "{0}: born {1}, woman {2} → {3}")
  @CsvSource({
    // the year digits say 1990, the record 1991
    "014090123456, 1991-04-05, false, citizenId.refused.birthYear",
    // the century digit says 2000–2099, the record 1990
    "014290123456, 1990-04-05, false, citizenId.refused.birthYear",
    // a woman's number on a man's record, and the other way round
    "014190123456, 1990-04-05, false, citizenId.refused.sex",
    "014090123456, 1990-04-05, true, citizenId.refused.sex"
  })
  void refusesANumberThatContradictsTheRecordNamingThePart(
      String id, LocalDate born, boolean woman, String code) {
    var refused =
        catchThrowableOfType(
            RefusedException.class, () -> new CitizenId(id).checkAgainst(born, woman));

    assertThat(refused.messageCode()).isEqualTo(code);
    assertThat(refused.field()).isEqualTo("citizenId");
  }

  @ParameterizedTest
  @CsvSource({
    "003090123456, citizenId.refused.province",
    "099090123456, citizenId.refused.province",
    "000090123456, citizenId.refused.province",
    "14090123456, citizenId.refused.format",
    "014090123456 7, citizenId.refused.format",
    "01409012345A, citizenId.refused.format"
  })
  void refusesANumberThatIsNotOneByItsStructure(String id, String code) {
    var refused = catchThrowableOfType(RefusedException.class, () -> new CitizenId(id));

    assertThat(refused.messageCode()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"014090123456, Sơn La, 1990, false", "001305123456, Hà Nội, 2005, true"})
  void readsTheProvinceYearAndSexItEncodes(String id, String province, int year, boolean woman) {
    var citizenId = new CitizenId(id);

    assertThat(citizenId.province()).isEqualTo(province);
    assertThat(citizenId.birthYear()).isEqualTo(year);
    assertThat(citizenId.female()).isEqualTo(woman);
  }
}
