package vn.dangbo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables to an .xlsx workbook, one sheet each, with bold headings and a frozen heading row.
 * Numbers are written as numbers, everything else as text: a value is never stored as a formula, so
 * text that looks like one ("=HYPERLINK(...)") stays text. Such text also gets Excel's quote prefix
 * (the hidden apostrophe), so that it stays text when someone edits the cell and presses Enter.
 */
public final class Spreadsheet {

  /** One sheet: its name, its column headings and its rows. */
  public record Table(String name, List<String> headings, List<List<Object>> rows) {}

  private Spreadsheet() {}

  /** The style of text cells that a spreadsheet would take for a formula once edited. */
  public static CellStyle quotedText(Workbook workbook) {
    CellStyle quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
    return quoted;
  }

  /**
   * Writes text as a text cell (never a formula); text beginning with =, +, - or @ gets the {@code
   * quoted} style ({@link #quotedText}), which keeps it text in Excel.
   */
  public static void text(Cell cell, String text, CellStyle quoted) {
    cell.setCellValue(text);
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      cell.setCellStyle(quoted);
    }
  }

  public static byte[] xlsx(List<Table> tables) {
    try (var workbook = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      var font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle quoted = quotedText(workbook);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      for (var table : tables) {
        String name = WorkbookUtil.createSafeSheetName(table.name());
        for (int n = 2; workbook.getSheet(name) != null; n++) {
          name =
              WorkbookUtil.createSafeSheetName(
                  table.name().substring(0, Math.min(26, table.name().length())) + " (" + n + ")");
        }
        var sheet = workbook.createSheet(name);
        int[] widths = new int[table.headings().size()];
        var header = sheet.createRow(0);
        for (int c = 0; c < table.headings().size(); c++) {
          var cell = header.createCell(c);
          cell.setCellValue(table.headings().get(c));
          cell.setCellStyle(bold);
          widths[c] = table.headings().get(c).length();
        }
        int r = 1;
        for (var values : table.rows()) {
          var row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            } else if (value instanceof java.time.LocalDate day) {
              var cell = row.createCell(c);
              cell.setCellValue(day);
              cell.setCellStyle(date);
            } else if (value != null) {
              text(row.createCell(c), value.toString(), quoted);
            }
            if (value != null && c < widths.length) {
              widths[c] = Math.max(widths[c], value.toString().length());
            }
          }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
          sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
