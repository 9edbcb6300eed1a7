package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column headings as communes write them, and the docs that list them all. */
class ImportHeadingsTests {

  private static final ImportHeadings HEADINGS = ImportHeadings.load();

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Họ và tên                 | fullName",
        "HỌ VÀ TÊN                 | fullName",
        "ho va ten                 | fullName",
        "Họ và tên:                | fullName",
        "Ngày vào Đảng chính thức  | officialDate",
        "NGÀY VÀO ĐẢNG CHÍNH THỨC  | officialDate",
        "Ngày chính thức           | officialDate",
        "Ngày vào Đảng             | admissionDecisionDate",
        "Ngày kết nạp              | admissionCeremonyDate",
        "Số CCCD/CMND              | citizenId",
        "Số CCCD                   | citizenId",
        "so cccd                   | citizenId",
        "Số CMND / CCCD            | citizenId",
        "Dân tộc                   | ethnicity",
        "Dan toc                   | ethnicity",
        "Dân tộc.                  | ethnicity",
        "STT                       | ignored",
        "S.T.T                     | ignored",
        "Số TT                     | ignored",
      })
  void aHeadingIsReadWhateverItsAccentsCaseAndPunctuation(String written, String field) {
    assertThat(HEADINGS.field(written)).isEqualTo(field);
  }

  @Test
  void aHeadingNoFieldHasIsUnknown() {
    assertThat(HEADINGS.field("Ghi chú")).isNull();
    assertThat(HEADINGS.field("Ngày")).isNull();
  }

  @Test
  void theMessagesNameAFieldByTheHeadingTheTemplateWrites() {
    assertThat(HEADINGS.heading("fullName")).isEqualTo("Họ và tên");
    assertThat(HEADINGS.heading("cell")).isEqualTo("Chi bộ");
    assertThat(MemberImport.REQUIRED)
        .allSatisfy(f -> assertThat(HEADINGS.heading(f)).isNotEqualTo(f));
  }

  /** docs/import.md lists every heading of the file and every other name of an ethnic group. */
  @Test
  void theDocsListEveryHeadingAndEveryOtherNameOfAnEthnicGroup() throws IOException {
    String docs = Files.readString(Path.of("docs/import.md"));
    var missing = new ArrayList<String>();
    for (var field : HEADINGS.fields()) {
      for (String heading : concat(field.heading(), field.others())) {
        if (!docs.contains(heading)) {
          missing.add(heading);
        }
      }
    }
    for (String other : EthnicGroups.OTHER_NAMES.keySet()) {
      if (!docs.contains(other)) {
        missing.add(other);
      }
    }
    assertThat(missing).isEmpty();
  }

  private static java.util.List<String> concat(String first, java.util.List<String> rest) {
    var all = new ArrayList<String>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
