package vn.dangbo.members;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.dangbo.shared.RefusedException;

/**
 * Reads the first sheet of an .xlsx file row by row with a streaming (SAX) parser, so a 100,000-row
 * file never sits in memory as a workbook. Cells come out as the text Excel shows, except dates,
 * which come out as ISO text whatever their display format. A formula cell comes out as the value
 * Excel computed and kept in the file, and is marked as a formula (its {@code <f>} element), so the
 * import can say so instead of storing a computed value silently. Files that are not .xlsx, or that
 * POI judges unsafe (zip bombs), are refused.
 *
 * <p>POI opens the package and reads the styles; the sheet and its shared strings are read here,
 * because POI's own sheet reader builds an XML object for every text cell, which took more than
 * half of the time of reading a 100,000-row file.
 */
final class XlsxRows {

  /**
   * A sheet as text rows: row number as Excel shows it, column index to text, and the columns whose
   * cell is a formula (with or without a computed value).
   */
  record Row(int number, Map<Integer, String> cells, Set<Integer> formulas) {

    Row(int number, Map<Integer, String> cells) {
      this(number, cells, Set.of());
    }
  }

  private XlsxRows() {}

  /**
   * Hands each non-empty row to {@code sink} as it is read, so only one row is in memory at a time
   * (plus the shared-strings table). The file is opened read-only from disk, not loaded whole.
   */
  static void read(Path file, int maxRows, Consumer<Row> sink) {
    read(file, maxRows, name -> {}, sink);
  }

  /** The same, first telling {@code sheetName} the name of the sheet read. */
  static void read(Path file, int maxRows, Consumer<String> sheetName, Consumer<Row> sink) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      var reader = new XSSFReader(pkg);
      var strings = sharedStrings(reader);
      var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new RefusedException("import.refused.empty");
      }
      try (InputStream sheet = sheets.next()) {
        sheetName.accept(sheets.getSheetName());
        parse(sheet, new Sheet(strings, reader.getStylesTable(), maxRows, sink));
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

  /** The shared strings; none when the workbook keeps all its text in the cells. */
  private static List<String> sharedStrings(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    InputStream in = reader.getSharedStringsData();
    if (in == null) {
      return List.of();
    }
    try (in) {
      var table = new SharedStrings();
      parse(in, table);
      return table.strings;
    }
  }

  private static void parse(InputStream in, ContentHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    var parser = XMLHelper.newXMLReader();
    parser.setContentHandler(handler);
    parser.parse(new InputSource(in));
  }

  /**
   * The text of a string item ({@code si} in the shared strings, {@code is} in a cell): its {@code
   * t} elements, without phonetic runs ({@code rPh}).
   */
  private static class Text extends DefaultHandler {
    final StringBuilder text = new StringBuilder();
    private boolean inT;
    private boolean inPhonetic;

    void startText(String name) {
      if (name.equals("t") && !inPhonetic) {
        inT = true;
      } else if (name.equals("rPh")) {
        inPhonetic = true;
      }
    }

    void endText(String name) {
      if (name.equals("t")) {
        inT = false;
      } else if (name.equals("rPh")) {
        inPhonetic = false;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inT) {
        text.append(ch, start, length);
      }
    }

    /** The text read since the last call, with OOXML's _xHHHH_ escapes of control characters. */
    String take() {
      String value = unescape(text);
      text.setLength(0);
      return value;
    }
  }

  /** The shared-strings part: every {@code si} item's text, by index. */
  private static final class SharedStrings extends Text {
    private final List<String> strings = new ArrayList<>();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      startText(localName);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (localName.equals("si")) {
        strings.add(take());
      } else {
        endText(localName);
      }
    }
  }

  /** The sheet part: rows of cells, each cell turned into the text it shows. */
  private static final class Sheet extends Text {
    private final List<String> strings;
    private final StylesTable styles;
    private final Map<Integer, String[]> formats = new HashMap<>();
    private final DataFormatter formatter = new IsoDates();
    private final int maxRows;
    private final Consumer<Row> sink;
    private Map<Integer, String> current;

    /** The formula columns of the current row; null until it has one, as most rows have none. */
    private Set<Integer> formulas;

    private boolean formula;
    private int rowNumber;
    private int rowCount;
    private int column;
    private String type;
    private String style;
    private boolean inValue;
    private boolean inInline;

    Sheet(List<String> strings, StylesTable styles, int maxRows, Consumer<Row> sink) {
      this.strings = strings;
      this.styles = styles;
      this.maxRows = maxRows;
      this.sink = sink;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          if (rowCount >= maxRows) {
            throw new RefusedException("import.refused.tooManyRows", maxRows);
          }
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          current = new LinkedHashMap<>();
          formulas = null;
          column = -1;
        }
        case "c" -> {
          String r = attributes.getValue("r");
          column = r == null ? column + 1 : columnOf(r);
          type = attributes.getValue("t");
          style = attributes.getValue("s");
          formula = false;
        }
        case "f" -> formula = true;
        case "v" -> inValue = true;
        case "is" -> inInline = true;
        default -> {
          if (inInline) {
            startText(localName);
          }
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      } else {
        super.characters(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v" -> inValue = false;
        case "is" -> inInline = false;
        case "c" -> cell();
        case "row" -> {
          if (!current.isEmpty() || formulas != null) {
            rowCount++;
            sink.accept(new Row(rowNumber, current, formulas == null ? Set.of() : formulas));
          }
        }
        default -> endText(localName);
      }
    }

    private void cell() {
      String raw = type != null && type.equals("inlineStr") ? take() : text.toString();
      text.setLength(0);
      String value = raw.isEmpty() ? null : shown(raw);
      if (value != null && !value.isBlank()) {
        current.put(column, value.strip());
      }
      if (formula) {
        if (formulas == null) {
          formulas = new HashSet<>();
        }
        formulas.add(column);
      }
    }

    /** The text a cell shows, from its type, its raw value and its style's number format. */
    private String shown(String raw) {
      return switch (type == null ? "n" : type) {
        case "s" -> strings.get(Integer.parseInt(raw.strip()));
        case "inlineStr", "str" -> raw;
        case "d" -> raw.length() > 10 ? raw.substring(0, 10) : raw; // an ISO date and time
        case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
        case "e" -> "ERROR:" + raw;
        default -> {
          String[] format = format();
          yield formatter.formatRawCellContents(
              Double.parseDouble(raw), Integer.parseInt(format[0]), format[1]);
        }
      };
    }

    /** The number format (index and pattern) of the cell's style, read once per style. */
    private String[] format() {
      int index = style == null ? 0 : Integer.parseInt(style);
      return formats.computeIfAbsent(
          index,
          i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
              return new String[] {"0", "General"};
            }
            var cellStyle = styles.getStyleAt(i);
            short formatIndex = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            return new String[] {
              Short.toString(formatIndex),
              pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(formatIndex)
            };
          });
    }
  }

  /** The zero-based column of a cell reference such as "AB12". */
  static int columnOf(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  /** Decodes OOXML's _xHHHH_ escapes (control characters such as a carriage return). */
  static String unescape(CharSequence text) {
    var out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (i + 6 < text.length()
          && text.charAt(i) == '_'
          && text.charAt(i + 1) == 'x'
          && text.charAt(i + 6) == '_'
          && isHex(text, i + 2, i + 6)) {
        out.append((char) Integer.parseInt(text.subSequence(i + 2, i + 6).toString(), 16));
        i += 7;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  private static boolean isHex(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
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
