package vn.dangbo.members;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files for import tests: a heading row and the given rows, all as text. */
public final class ImportFiles {

  public static final String[] HEADINGS = {
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Dân tộc",
    "Chi bộ",
    "Số định danh",
    "Ngày vào Đảng",
    "Ngày kết nạp",
    "Ghi chú"
  };

  private ImportFiles() {}

  public static byte[] xlsx(String[]... rows) throws IOException {
    return xlsxWith(HEADINGS, rows);
  }

  /** The same under other headings. */
  public static byte[] xlsxWith(String[] headings, String[]... rows) throws IOException {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Đảng viên");
      var header = sheet.createRow(0);
      for (int c = 0; c < headings.length; c++) {
        header.createCell(c).setCellValue(headings[c]);
      }
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** A valid workbook whose sheet is padded with megabytes of blanks: compresses a thousandfold. */
  public static byte[] zipBomb() throws IOException {
    byte[] valid = xlsx(new String[] {"Hạng A Thái", "Nam", "05/04/1990", "Mông", "x"});
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(valid));
        var zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(in.readAllBytes());
        if (entry.getName().endsWith("sheet1.xml")) {
          byte[] blanks = new byte[1 << 20];
          java.util.Arrays.fill(blanks, (byte) ' ');
          for (int i = 0; i < 60; i++) {
            zip.write(blanks);
          }
        }
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
