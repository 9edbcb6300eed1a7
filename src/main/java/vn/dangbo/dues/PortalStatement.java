package vn.dangbo.dues;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.dangbo.shared.RefusedException;
import vn.dangbo.shared.TextProblem;

/**
 * A statement of dues paid on the National Public Service Portal, as a .csv (comma or semicolon,
 * UTF-8) or .xlsx file with a heading row: the headings are recognised from {@code
 * dues/portal-statement-headings.properties}, since the portal's own form is not in hand. Each row
 * is a payment: its transaction reference, the payer's citizen ID, the month paid, the amount and
 * the day; a row that cannot be read says why.
 */
record PortalStatement(List<Row> rows) {

  /** One row: read, or the reason it was not ({@code problem}). */
  record Row(
      int line,
      String reference,
      String citizenId,
      YearMonth month,
      Long amount,
      LocalDate paidOn,
      String problem) {}

  private static final int MAX_ROWS = 20_000;
  private static final List<DateTimeFormatter> DAYS =
      List.of(DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);
  private static final List<DateTimeFormatter> MONTHS =
      List.of(DateTimeFormatter.ofPattern("M/uuuu"), DateTimeFormatter.ofPattern("uuuu-MM"));

  /** Reads the file; refused when it is neither, has no recognised heading row, or is too long. */
  static PortalStatement read(byte[] file, String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    List<List<String>> cells = name.endsWith(".xlsx") ? xlsx(file) : csv(file);
    if (cells.isEmpty()) {
      throw new RefusedException("dues.refused.statementEmpty");
    }
    var columns = columns(cells.get(0));
    if (cells.size() - 1 > MAX_ROWS) {
      throw new RefusedException("dues.refused.statementTooLong", MAX_ROWS);
    }
    var rows = new ArrayList<Row>();
    for (int i = 1; i < cells.size(); i++) {
      var row = cells.get(i);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(row(i + 1, row, columns));
    }
    return new PortalStatement(List.copyOf(rows));
  }

  private static Row row(int line, List<String> cells, Map<String, Integer> columns) {
    String reference = cell(cells, columns.get("reference"));
    String citizenId = cell(cells, columns.get("citizenId")).replaceAll("\\s", "");
    for (String text : List.of(reference, citizenId)) {
      var problem = TextProblem.of(text);
      if (problem != null || text.length() > 100) {
        return new Row(line, null, null, null, null, null, "dues.statement.text");
      }
    }
    if (reference.isBlank()) {
      return new Row(line, null, citizenId, null, null, null, "dues.statement.noReference");
    }
    if (!citizenId.matches("\\d{12}")) {
      return new Row(line, reference, citizenId, null, null, null, "dues.statement.citizenId");
    }
    YearMonth month = parse(cell(cells, columns.get("month")), MONTHS, YearMonth::from);
    LocalDate paidOn = parse(cell(cells, columns.get("paidOn")), DAYS, LocalDate::from);
    Long amount = amount(cell(cells, columns.get("amount")));
    if (month == null || paidOn == null || amount == null) {
      return new Row(line, reference, citizenId, month, amount, paidOn, "dues.statement.value");
    }
    return new Row(line, reference, citizenId, month, amount, paidOn, null);
  }

  /** Which column holds each field, by the heading row; every field must be found. */
  private static Map<String, Integer> columns(List<String> headings) {
    var synonyms = synonyms();
    var columns = new HashMap<String, Integer>();
    for (int c = 0; c < headings.size(); c++) {
      String field = synonyms.get(key(headings.get(c)));
      if (field != null) {
        columns.putIfAbsent(field, c);
      }
    }
    for (var field : List.of("reference", "citizenId", "month", "amount", "paidOn")) {
      if (!columns.containsKey(field)) {
        throw new RefusedException("dues.refused.statementHeading", field);
      }
    }
    return columns;
  }

  private static Map<String, String> synonyms() {
    var properties = new Properties();
    try (InputStream in =
        PortalStatement.class.getResourceAsStream("/dues/portal-statement-headings.properties")) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var synonyms = new HashMap<String, String>();
    for (var field : properties.stringPropertyNames()) {
      for (var heading : properties.getProperty(field).split("\\|")) {
        synonyms.put(key(heading), field);
      }
    }
    return synonyms;
  }

  private static String key(String heading) {
    return vn.dangbo.shared.PersonName.searchKey(heading == null ? "" : heading.strip());
  }

  private static String cell(List<String> cells, int column) {
    return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
  }

  private static <T> T parse(
      String text,
      List<DateTimeFormatter> formats,
      java.util.function.Function<java.time.temporal.TemporalAccessor, T> from) {
    for (var format : formats) {
      try {
        return from.apply(format.parse(text));
      } catch (java.time.DateTimeException e) {
        // the next format
      }
    }
    return null;
  }

  private static Long amount(String text) {
    String digits = text.replaceAll("[\\s.,]|đ|VND|đồng", "");
    if (!digits.matches("\\d{1,9}")) {
      return null;
    }
    long value = Long.parseLong(digits);
    return value > 0 ? value : null;
  }

  private static List<List<String>> csv(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
    var lines = text.lines().toList();
    if (lines.isEmpty()) {
      return List.of();
    }
    char separator = lines.get(0).indexOf(';') >= 0 ? ';' : ',';
    var rows = new ArrayList<List<String>>();
    for (var line : lines) {
      rows.add(split(line, separator));
    }
    return rows;
  }

  /** One line of CSV: fields between separators, a field in quotes may hold them. */
  private static List<String> split(String line, char separator) {
    var fields = new ArrayList<String>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == separator && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static List<List<String>> xlsx(byte[] file) {
    try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
      var formatter = new DataFormatter(new Locale("vi", "VN"));
      var rows = new ArrayList<List<String>>();
      for (var row : workbook.getSheetAt(0)) {
        var cells = new ArrayList<String>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          var cell = row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new RefusedException("dues.refused.statementUnreadable");
    }
  }
}
