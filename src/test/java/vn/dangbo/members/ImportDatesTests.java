package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as people write them in a member file: ISO, or day first with any usual separator. */
class ImportDatesTests {

  @Test
  void isoAndDayFirstDatesAreRead() {
    var april5 = LocalDate.of(1990, 4, 5);
    assertThat(MemberImport.parseDate("1990-04-05")).isEqualTo(april5);
    assertThat(MemberImport.parseDate("5/4/1990")).isEqualTo(april5);
    assertThat(MemberImport.parseDate("05/04/1990")).isEqualTo(april5);
    assertThat(MemberImport.parseDate("05-04-1990")).isEqualTo(april5);
    assertThat(MemberImport.parseDate("5.4.1990")).isEqualTo(april5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/1991", "1990/04/05", "05/04/90", "5 4 1990", "1990", "", "x"})
  void anythingElseIsNotADate(String written) {
    assertThatThrownBy(() -> MemberImport.parseDate(written))
        .isInstanceOf(DateTimeParseException.class);
  }
}
