package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangbo.documents.Docx;
import vn.dangbo.documents.Layouts;

/** Every document dangbo prints has a layout in the resources that makes a Word document. */
class LayoutsTests {

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyDocumentIsLaidOutFromItsResourceFile(DocumentKind kind) {
    byte[] docx = Layouts.docx(kind.name());

    assertThat(Docx.opens(docx)).isTrue();
    assertThat(Docx.placeholders(docx)).contains("ngay", "thang", "nam", "dia_danh");
    assertThat(Docx.toXhtml(docx)).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
  }

  @Test
  void aLayoutWithAnUnknownInstructionOrARowWithoutHeadingsIsRefused() {
    assertThatThrownBy(() -> Layouts.docx("test-unknown-instruction"))
        .hasMessageContaining("paragraph:");
    assertThatThrownBy(() -> Layouts.docx("test-row-without-table"))
        .hasMessageContaining("headings");
    assertThatThrownBy(() -> Layouts.docx("none")).hasMessageContaining("no layout none");
  }
}
