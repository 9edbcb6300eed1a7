package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTests {

  @ParameterizedTest
  @CsvSource({
    "Hạng A Thái, hang a thai",
    "HẠNG  A   THÁI, hang a thai",
    "Đặng Thị Đào, dang thi dao",
    "Lò Thị Ban, lo thi ban",
    "Nguyễn Văn Tâm, nguyen van tam",
    "Sùng A Dơ, sung a do"
  })
  void theSearchKeyDropsAccentsCaseAndExtraSpaces(String name, String key) {
    assertThat(new PersonName(name).searchKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {"014085001234", "0140 8500 1234", "014.085.001.234"})
  void aCitizenIdHasTwelveDigitsAfterSpacesAndDotsAreRemoved(String value) {
    assertThat(new CitizenId(value).value()).isEqualTo("014085001234");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01408500123", "0140850012345", "01408500123A", "<script>"})
  void refusesAnythingElseAsACitizenId(String value) {
    assertThatThrownBy(() -> new CitizenId(value)).hasMessage("citizenId.refused.format");
  }
}
