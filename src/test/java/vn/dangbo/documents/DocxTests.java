package vn.dangbo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Templates as Word leaves them after editing: placeholders split over runs still fill. */
class DocxTests {

  /** A template as Word saves it after someone retyped part of a placeholder in bold. */
  private static byte[] editedTemplate() throws Exception {
    try (var document = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      var paragraph = document.createParagraph();
      paragraph.createRun().setText("Đồng chí {{ho_");
      var bold = paragraph.createRun();
      bold.setBold(true);
      bold.setText("ten}");
      paragraph.createRun().setText("}, sinh ngày {{ ngay_sinh }}; {{khong_co}}.");
      var table = document.createTable(2, 2);
      table.getRow(0).getCell(0).setText("STT");
      table.getRow(0).getCell(1).setText("Họ và tên");
      var cell = table.getRow(1).getCell(1).getParagraphs().get(0);
      cell.createRun().setText("{{dong.");
      cell.createRun().setText("ho_ten}}");
      table.getRow(1).getCell(0).setText("{{dong.stt}}");
      document.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPlaceholderSplitOverRunsStillFillsAndAListRowRepeats() throws Exception {
    byte[] filled =
        Docx.fill(
            editedTemplate(),
            Map.of("ho_ten", "Giàng A Chớ", "ngay_sinh", "05/03/2001"),
            Map.of(
                "dong",
                List.of(
                    Map.of("stt", "1", "ho_ten", "Hờ Thị Nhìa"),
                    Map.of("stt", "2", "ho_ten", "Vàng A Dình"))));

    try (var document = new XWPFDocument(new ByteArrayInputStream(filled));
        var extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText();
      assertThat(text)
          .contains("Đồng chí Giàng A Chớ, sinh ngày 05/03/2001; ……………………")
          .contains("Hờ Thị Nhìa", "Vàng A Dình")
          .doesNotContain("{{", "}}");
      assertThat(document.getTables().get(0).getRows()).hasSize(3);
      assertThat(document.getTables().get(0).getRow(2).getCell(0).getText()).isEqualTo("2");
    }
    assertThat(Docx.placeholders(editedTemplate()))
        .containsExactly("ho_ten", "ngay_sinh", "khong_co", "dong.stt", "dong.ho_ten");
    assertThat(Docx.toXhtml(filled)).contains("Giàng A Chớ", "<table", "Vàng A Dình");
  }

  @Test
  void aValueWithBracesOrLinesCannotInjectAPlaceholder() throws Exception {
    byte[] filled =
        Docx.fill(
            editedTemplate(),
            Map.of("ho_ten", "{{ngay_sinh}}\nDòng hai"),
            Map.of("dong", List.of()));
    try (var document = new XWPFDocument(new ByteArrayInputStream(filled));
        var extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText()).contains("{ {ngay_sinh}}").contains("Dòng hai");
      assertThat(document.getTables().get(0).getRows()).hasSize(1);
    }
    assertThat(Docx.opens("không phải docx".getBytes())).isFalse();
  }

  @Test
  void aValueOfSeveralLinesBeforeAnotherPlaceholderAndAPlainValueInAListRow() throws Exception {
    byte[] template;
    try (var document = new XWPFDocument();
        var out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("{{ket_luan}} — {{ngay}}");
      var table = document.createTable(1, 2);
      table.getRow(0).getCell(0).setText("{{dong.ho_ten}}");
      table.getRow(0).getCell(1).setText("{{chi_bo}}");
      document.write(out);
      template = out.toByteArray();
    }

    byte[] filled =
        Docx.fill(
            template,
            Map.of("ket_luan", "Một\nHai\nBa", "ngay", "05/11/2026", "chi_bo", "Chi bộ bản Bẹ"),
            Map.of("dong", List.of(Map.of("ho_ten", "Lầu A Sử"), Map.of("ho_ten", "Mùa A Páo"))));

    try (var document = new XWPFDocument(new ByteArrayInputStream(filled))) {
      assertThat(document.getParagraphs().get(0).getText()).contains("Ba — 05/11/2026");
      assertThat(document.getTables().get(0).getRow(1).getCell(1).getText())
          .isEqualTo("Chi bộ bản Bẹ");
    }
    assertThat(Docx.toXhtml(filled)).contains("Một<br/>Hai<br/>Ba");
  }
}
