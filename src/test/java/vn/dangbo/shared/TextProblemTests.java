package vn.dangbo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextProblemTests {

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource({
    "'Hạng A Thái', 0, ",
    "'Giàng A Pó', 0, ",
    "'<script>alert(1)</script>', 0, MARKUP",
    "'a < b và 3<4', 0, ",
    "'tên', 0x202E, CONTROL",
    "'tên', 0x200E, CONTROL",
    "'tên', 0x200F, CONTROL",
    "'tên', 0x200B, CONTROL",
    "'tên', 0x200D, CONTROL",
    "'tên', 0xFEFF, CONTROL",
    "'tên', 0x2028, CONTROL",
    "'tên', 0x2029, CONTROL",
    "'tên', 0xD800, CONTROL",
    "'tên', 0xDC00, CONTROL",
    "'tên', 0x0085, CONTROL",
    "'tên', 0x0007, CONTROL"
  })
  void refusesWhatNobodyTypesAndKeepsVietnameseText(String text, int added, TextProblem problem) {
    String value = added == 0 ? text : text + (char) added + "x";

    assertThat(TextProblem.of(value)).isEqualTo(problem);
  }

  @org.junit.jupiter.api.Test
  void acceptsLineBreaksAndTabs() {
    assertThat(TextProblem.of("Dòng một\r\nDòng hai\tcột")).isNull();
  }

  @ParameterizedTest
  @CsvSource({"'Hạng A Thái 😀'", "'𠀀 chữ Nôm'"})
  void acceptsAWholeSurrogatePair(String text) {
    assertThat(TextProblem.of(text)).isNull();
  }
}
