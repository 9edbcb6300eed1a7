package vn.dangbo.members;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.documents.Spreadsheet;

/**
 * The rows an import refused, as a workbook to fix and import again: the heading rows and each
 * refused row with its cells where the user had them, as read (a date as yyyy-mm-dd, a formula as
 * its computed value), then two more columns: the row's number in the original file and its
 * reasons. The file is read a second time for the refused rows, so none of them is kept in memory
 * while the rest are checked. Every cell is text; text that looks like a formula stays text.
 */
record RefusedRows(
    Path file,
    String sheetName,
    List<XlsxRows.Row> headingRows,
    int lastColumn,
    SortedMap<Integer, String> reasons) {

  /**
   * The workbook, with the two added columns headed {@code rowHeading} and {@code reasonHeading}.
   */
  byte[] xlsx(String rowHeading, String reasonHeading) {
    try (var workbook = new SXSSFWorkbook(200);
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
      var quoted = Spreadsheet.quotedText(workbook);
      int next = 0;
      for (var heading : headingRows) {
        write(sheet, next++, heading, quoted);
      }
      var last = sheet.getRow(next - 1);
      Spreadsheet.text(last.createCell(lastColumn + 1), rowHeading, quoted);
      Spreadsheet.text(last.createCell(lastColumn + 2), reasonHeading, quoted);
      int[] row = {next};
      XlsxRows.read(
          file,
          MemberImport.MAX_ROWS + 1,
          read -> {
            String reason = reasons.get(read.number());
            if (reason != null) {
              var written = write(sheet, row[0]++, read, quoted);
              Spreadsheet.text(
                  written.createCell(lastColumn + 1), Integer.toString(read.number()), quoted);
              Spreadsheet.text(written.createCell(lastColumn + 2), reason, quoted);
            }
          });
      sheet.createFreezePane(0, next);
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static org.apache.poi.ss.usermodel.Row write(
      SXSSFSheet sheet,
      int index,
      XlsxRows.Row read,
      org.apache.poi.ss.usermodel.CellStyle quoted) {
    var row = sheet.createRow(index);
    read.cells().forEach((column, text) -> Spreadsheet.text(row.createCell(column), text, quoted));
    return row;
  }
}
