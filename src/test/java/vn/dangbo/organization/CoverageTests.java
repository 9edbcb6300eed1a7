package vn.dangbo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.shared.Period;

class CoverageTests {

  @Test
  void countsPlacesWithAndWithoutACellPerKind() {
    var coverage =
        new Coverage(
            List.of(
                place("Bản Làng Chếu", PlaceKind.VILLAGE, 10L),
                place("Bản Chống Tà", PlaceKind.VILLAGE, null),
                place("Trạm Y tế", PlaceKind.HEALTH_STATION, 11L)));

    assertThat(coverage.total()).isEqualTo(3);
    assertThat(coverage.withCell()).isEqualTo(2);
    assertThat(coverage.withoutCell()).isEqualTo(1);
    assertThat(coverage.placesWithoutCell())
        .extracting(PlaceView::name)
        .containsExactly("Bản Chống Tà");
    assertThat(coverage.byKind().get(PlaceKind.VILLAGE)).isEqualTo(new Coverage.KindCount(2, 1));
    assertThat(coverage.byKind().get(PlaceKind.HEALTH_STATION).withoutCell()).isZero();
  }

  private static PlaceView place(String name, PlaceKind kind, Long cell) {
    return new PlaceView(
        1, 1, name, kind, Period.from(LocalDate.of(2000, 1, 1)), cell, cell == null ? null : "x");
  }
}
