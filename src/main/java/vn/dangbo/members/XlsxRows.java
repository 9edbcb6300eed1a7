package vn.dangbo.members;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.dangbo.shared.RefusedException;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's streaming (SAX) reader, so a
 * 100,000-row file never sits in memory as a workbook. Dates come out as ISO text whatever their
 * display format. Files that are not .xlsx, or that POI judges unsafe (zip bombs), are refused.
 */
final class XlsxRows {

  /** A sheet as text rows: row number as Excel shows it, then column index to text. */
  record Row(int number, Map<Integer, String> cells) {}

  private XlsxRows() {}

  /**
   * Hands each non-empty row to {@code sink} as it is read, so only one row is in memory at a time
   * (plus the shared-strings table). The file is opened read-only from disk, not loaded whole.
   */
  static void read(Path file, int maxRows, Consumer<Row> sink) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      var reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      var sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new RefusedException("import.refused.empty");
      }
      try (InputStream sheet = sheets.next()) {
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(), strings, collector(sink, maxRows), new IsoDates(), false));
        parser.parse(new InputSource(sheet));
      }
    } catch (RefusedException e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      throw new RefusedException("import.refused.notXlsx");
    }
  }

  private static XSSFSheetXMLHandler.SheetContentsHandler collector(
      Consumer<Row> sink, int maxRows) {
    return new XSSFSheetXMLHandler.SheetContentsHandler() {
      private Map<Integer, String> current;
      private int number;
      private int count;

      @Override
      public void startRow(int rowNum) {
        if (count >= maxRows) {
          throw new RefusedException("import.refused.tooManyRows", maxRows);
        }
        number = rowNum + 1;
        current = new LinkedHashMap<>();
      }

      @Override
      public void endRow(int rowNum) {
        if (!current.isEmpty()) {
          count++;
          sink.accept(new Row(number, current));
        }
      }

      @Override
      public void cell(String reference, String value, XSSFComment comment) {
        if (value != null && !value.isBlank()) {
          current.put((int) new CellReference(reference).getCol(), value.strip());
        }
      }
    };
  }

  /** Formats date cells as yyyy-MM-dd so that d/M and M/d display formats cannot be confused. */
  private static final class IsoDates extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return LocalDate.ofInstant(
                DateUtil.getJavaDate(value, false, TimeZone.getTimeZone("UTC")).toInstant(),
                ZoneId.of("UTC"))
            .toString();
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
