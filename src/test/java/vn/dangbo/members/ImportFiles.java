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

  /** A sheet laid out row by row as a commune's own file is: title rows, headings, formulas. */
  public static Sheet sheet(String name) {
    return new Sheet(name);
  }

  /** The rows of one sheet from row 1 down, with formulas and merged cells placed by reference. */
  public static final class Sheet {
    private final String name;
    private final java.util.List<String[]> rows = new java.util.ArrayList<>();
    private final java.util.Map<String, String> formulas = new java.util.LinkedHashMap<>();
    private final java.util.List<String> merged = new java.util.ArrayList<>();

    private Sheet(String name) {
      this.name = name;
    }

    /** The next row; no cells for an empty row, an empty text for an empty cell. */
    public Sheet row(String... cells) {
      rows.add(cells);
      return this;
    }

    /** A formula (without its "=") in the cell, e.g. "D4", its value computed and kept. */
    public Sheet formula(String cell, String formula) {
      formulas.put(cell, formula);
      return this;
    }

    /** Merges a range such as "G3:H3", as Excel does when cells are merged. */
    public Sheet merge(String range) {
      merged.add(range);
      return this;
    }

    public byte[] xlsx() throws IOException {
      try (var workbook = new XSSFWorkbook();
          var out = new ByteArrayOutputStream()) {
        var sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
          var row = sheet.createRow(r);
          for (int c = 0; c < rows.get(r).length; c++) {
            if (!rows.get(r)[c].isEmpty()) {
              row.createCell(c).setCellValue(rows.get(r)[c]);
            }
          }
        }
        var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        formulas.forEach(
            (reference, formula) -> {
              var at = new org.apache.poi.ss.util.CellReference(reference);
              var row = sheet.getRow(at.getRow());
              row = row == null ? sheet.createRow(at.getRow()) : row;
              var cell = row.createCell(at.getCol());
              cell.setCellFormula(formula);
              evaluator.evaluateFormulaCell(cell);
            });
        merged.forEach(
            range -> sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range)));
        workbook.write(out);
        return out.toByteArray();
      }
    }
  }

  /**
   * The workbook with {@code marker} replaced by {@code raw} in its XML as stored, e.g. by
   * "_x0007_", the way Excel stores a control character (POI leaves such characters out).
   */
  public static byte[] withRawText(byte[] xlsx, String marker, String raw) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        var zip = new ZipOutputStream(out)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        zip.write(text.replace(marker, raw).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
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
