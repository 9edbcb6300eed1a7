package vn.dangbo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks hold numbers as numbers and never run what looks like a formula. */
class SpreadsheetTests {

  @Test
  void textThatLooksLikeAFormulaStaysTextAndNumbersStayNumbers() throws Exception {
    byte[] bytes =
        Spreadsheet.xlsx(
            List.of(
                new Spreadsheet.Table(
                    "Danh sách",
                    List.of("Họ và tên", "Số"),
                    List.of(
                        List.of("=HYPERLINK(\"http://x\",\"bấm\")", 3),
                        List.of("@SUM(A1:A2)", 4.5))),
                new Spreadsheet.Table("Danh sách", List.of("Tên"), List.of())));

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
      assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      // and stays text when someone edits the cell in Excel: the hidden apostrophe
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4.5);
      assertThat(workbook.getSheetName(1)).isEqualTo("Danh sách (2)");
    }
  }
}
