package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.shared.RefusedException;

/** The heading of a sheet found below the title rows a commune's file has. */
class HeadingSearchTests {

  private static final ImportHeadings HEADINGS = ImportHeadings.load();
  private static final String[] REQUIRED = {
    "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ"
  };

  @Test
  void theHeadingIsTheFirstRowWithEveryRequiredColumnBelowTitleRows() {
    var search = new HeadingSearch(HEADINGS);

    assertThat(search.offer(row(1, "DANH SÁCH ĐẢNG VIÊN CHI BỘ BẢN BẸ"), "DS")).isFalse();
    assertThat(search.offer(row(2, "", "", "", "", "Năm 2025"), "DS")).isFalse();
    assertThat(search.offer(row(3, REQUIRED), "DS")).isFalse();
    assertThat(search.found()).isNull();
    assertThat(search.offer(row(4, "Hạng A Thái", "Nam", "05/04/1990", "Mông", "Bẹ"), "DS"))
        .isTrue();

    assertThat(search.found().firstRow()).isEqualTo(3);
    assertThat(search.found().lastRow()).isEqualTo(3);
    assertThat(search.found().fields()).containsValues("fullName", "cell");
  }

  @Test
  void aHeadingOfTwoRowsTakesEachColumnFromTheLowerRowWhenItIsKnownThereElseFromTheUpper() {
    var search = new HeadingSearch(HEADINGS);
    search.offer(row(1, "DANH SÁCH"), "DS");
    search.offer(
        row(2, "STT", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Chi bộ", "Đảng"), "DS");

    boolean data =
        search.offer(row(3, "", "", "", "", "", "", "Ngày kết nạp", "Ngày chính thức"), "DS");

    assertThat(data).isFalse();
    assertThat(search.found().firstRow()).isEqualTo(2);
    assertThat(search.found().lastRow()).isEqualTo(3);
    assertThat(search.found().fields())
        .containsEntry(1, "fullName")
        .containsEntry(6, "admissionCeremonyDate")
        .containsEntry(7, "officialDate");
    assertThat(search.found().unknown()).isEmpty();
  }

  @Test
  void aHeadingWhoseRequiredColumnsAreSplitOverTwoRowsIsFound() {
    var search = new HeadingSearch(HEADINGS);
    search.offer(row(1, "Họ và tên", "Giới tính", "Thông tin"), "DS");

    search.offer(row(2, "", "", "Ngày sinh", "Dân tộc", "Chi bộ"), "DS");

    assertThat(search.found().rows()).hasSize(2);
    assertThat(search.found().has(MemberImport.REQUIRED)).isTrue();
  }

  @Test
  void theFirstDataRowIsNotASecondHeadingRowEvenWithAHeadingWordInIt() {
    var search = new HeadingSearch(HEADINGS);
    search.offer(row(1, REQUIRED), "DS");

    boolean data =
        search.offer(row(2, "Hạng A Thái", "Nam", "05/04/1990", "Mông", "Bẹ", "Đoàn viên"), "DS");

    assertThat(data).isTrue();
    assertThat(search.found().lastRow()).isEqualTo(1);
  }

  @Test
  void noHeadingInTheFirstTenRowsIsRefusedNamingTheMissingColumnsInVietnamese() {
    var search = new HeadingSearch(HEADINGS);
    search.offer(row(1, "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc"), "Trang 1");
    for (int n = 2; n < 10; n++) {
      search.offer(row(n, "Hạng A Thái", "Nam", "05/04/1990", "Mông"), "Trang 1");
    }

    assertThatThrownBy(() -> search.offer(row(10, "Lò Văn Ân"), "Trang 1"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("import.refused.missingColumn");
              assertThat(e.arguments()).containsExactly("Chi bộ", "Trang 1", 10);
            });
  }

  @Test
  void aSheetEndingBeforeItsHeadingIsRefusedAndAnEmptyOneToo() {
    var search = new HeadingSearch(HEADINGS);
    search.offer(row(1, "DANH SÁCH"), "DS");

    assertThatThrownBy(() -> search.atEnd("DS"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.arguments()[0]).isEqualTo(String.join(", ", REQUIRED)));
    assertThatThrownBy(() -> new HeadingSearch(HEADINGS).atEnd("DS"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageCode()).isEqualTo("import.refused.empty"));
  }

  /** A row as XlsxRows reads it: empty texts are cells it never reports. */
  private static XlsxRows.Row row(int number, String... texts) {
    Map<Integer, String> cells = new LinkedHashMap<>();
    for (int c = 0; c < texts.length; c++) {
      if (!texts[c].isEmpty()) {
        cells.put(c, texts[c]);
      }
    }
    return new XlsxRows.Row(number, cells);
  }
}
