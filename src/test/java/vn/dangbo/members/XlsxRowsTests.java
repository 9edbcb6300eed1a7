package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.shared.RefusedException;

/**
 * Reading a sheet as the text its cells show, whether the workbook keeps its text in a shared table
 * (Excel, LibreOffice) or in the cells (files written by streaming tools).
 */
class XlsxRowsTests {

  @TempDir Path folder;

  @Test
  void sharedTextNumbersDatesAndBooleansComeOutAsTheyShow() throws IOException {
    var rows = read(write(new XSSFWorkbook()), 100);

    assertThat(rows).extracting(XlsxRows.Row::number).containsExactly(1, 2, 4);
    assertThat(rows.get(0).cells()).containsExactly(Map.entry(0, "Họ và tên"));
    assertThat(rows.get(1).cells())
        .containsExactly(
            Map.entry(0, "Giàng Thị Mai"),
            Map.entry(1, "Bản Bẹ\nxã Tà Xùa"),
            Map.entry(2, "14090555001"),
            Map.entry(3, "1.5"),
            Map.entry(4, "1990-04-05"),
            Map.entry(5, "2015-05-19"),
            Map.entry(6, "TRUE"),
            Map.entry(7, "Bản Bẹ"));
    assertThat(rows.get(2).cells()).containsExactly(Map.entry(27, "AB"));
  }

  @Test
  void textKeptInTheCellsReadsTheSame() throws IOException {
    var shared = read(write(new XSSFWorkbook()), 100);
    var inline = read(write(new SXSSFWorkbook()), 100);

    assertThat(inline).isEqualTo(shared);
  }

  @Test
  void aWorkbookWithoutASharedStringsPartReadsTheSame() throws IOException {
    Path inline = write(new SXSSFWorkbook());
    Path bare = withoutSharedStrings(inline);

    assertThat(read(bare, 100)).isEqualTo(read(inline, 100));
  }

  @Test
  void aFormulaCellComesOutAsItsComputedValueMarkedAsAFormulaAndTheSheetIsNamed()
      throws IOException {
    Path file = write(new XSSFWorkbook());
    var names = new ArrayList<String>();
    var rows = new ArrayList<XlsxRows.Row>();

    XlsxRows.read(file, 100, names::add, rows::add);

    assertThat(names).containsExactly("Đảng viên");
    assertThat(rows.get(1).cells()).containsEntry(7, "Bản Bẹ");
    assertThat(rows.get(1).formulas()).containsExactly(7);
    assertThat(rows.get(0).formulas()).isEmpty();
  }

  @Test
  void aFormulaNeverComputedIsMarkedThoughItHasNoValue() throws IOException {
    Path file = Files.createTempFile(folder, "formula-", ".xlsx");
    try (var workbook = new XSSFWorkbook();
        var out = Files.newOutputStream(file)) {
      var row = workbook.createSheet("DS").createRow(0);
      row.createCell(0).setCellValue("Hạng A Thái");
      row.createCell(3).setCellFormula("DATE(1990,4,5)");
      workbook.write(out);
    }

    var rows = read(file, 100);

    assertThat(rows.get(0).cells()).containsOnlyKeys(0);
    assertThat(rows.get(0).formulas()).containsExactly(3);
  }

  @Test
  void moreRowsThanAllowedAreRefused() throws IOException {
    Path file = write(new XSSFWorkbook());

    assertThatThrownBy(() -> read(file, 2))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageCode()).isEqualTo("import.refused.tooManyRows"));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() throws IOException {
    Path file = Files.writeString(folder.resolve("list.xlsx"), "Họ và tên;Ngày sinh\n");

    assertThatThrownBy(() -> read(file, 100))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageCode()).isEqualTo("import.refused.notXlsx"));
  }

  @Test
  void escapedControlCharactersAreDecodedAndOtherUnderscoresKept() {
    assertThat(XlsxRows.unescape("Bản Bẹ_x000D_xã Tà Xùa")).isEqualTo("Bản Bẹ\rxã Tà Xùa");
    assertThat(XlsxRows.unescape("_x00zz_ và _x00")).isEqualTo("_x00zz_ và _x00");
    assertThat(XlsxRows.columnOf("A7")).isZero();
    assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
  }

  /**
   * A heading row; a row of every kind of cell (a name in two differently styled runs, text with a
   * line break, a long number, a decimal, two date formats, a boolean, a formula's text); an empty
   * third row; a fourth row with one cell in column AB and a cell of blanks.
   */
  private Path write(Workbook workbook) throws IOException {
    Path file = Files.createTempFile(folder, "rows-", ".xlsx");
    try (workbook;
        var out = Files.newOutputStream(file)) {
      var sheet = workbook.createSheet("Đảng viên");
      sheet.createRow(0).createCell(0).setCellValue("  Họ và tên ");
      var row = sheet.createRow(1);
      if (workbook instanceof XSSFWorkbook) {
        var name = new XSSFRichTextString("Giàng Thị Mai");
        var bold = workbook.createFont();
        bold.setBold(true);
        name.applyFont(0, 6, bold);
        row.createCell(0).setCellValue(name);
      } else {
        row.createCell(0).setCellValue("Giàng Thị Mai");
      }
      row.createCell(1).setCellValue("Bản Bẹ\nxã Tà Xùa");
      row.createCell(2).setCellValue(14090555001d);
      row.createCell(3).setCellValue(1.5);
      var vietnamese = workbook.createCellStyle();
      vietnamese.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      var birth = row.createCell(4);
      birth.setCellValue(LocalDate.of(1990, 4, 5));
      birth.setCellStyle(vietnamese);
      var american = workbook.createCellStyle();
      american.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
      var admitted = row.createCell(5);
      admitted.setCellValue(LocalDate.of(2015, 5, 19));
      admitted.setCellStyle(american);
      row.createCell(6).setCellValue(true);
      var formula = row.createCell(7);
      formula.setCellFormula("CONCATENATE(\"Bản \",\"Bẹ\")");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
      var last = sheet.createRow(3);
      last.createCell(27).setCellValue("AB");
      last.createCell(28).setCellValue("   ");
      workbook.write(out);
    }
    return file;
  }

  /** The same workbook with its shared-strings part, and every mention of it, taken out. */
  private Path withoutSharedStrings(Path file) throws IOException {
    Path bare = Files.createTempFile(folder, "bare-", ".xlsx");
    try (var in = new ZipFile(file.toFile());
        var out = new ZipOutputStream(Files.newOutputStream(bare))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        if (entry.getName().equals("xl/sharedStrings.xml")) {
          continue;
        }
        String content =
            new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        if (entry.getName().endsWith(".rels") || entry.getName().equals("[Content_Types].xml")) {
          content = content.replaceAll("<[^<>]*sharedStrings[^<>]*/>", "");
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return bare;
  }

  private static List<XlsxRows.Row> read(Path file, int maxRows) {
    var rows = new ArrayList<XlsxRows.Row>();
    XlsxRows.read(file, maxRows, rows::add);
    return rows;
  }
}
