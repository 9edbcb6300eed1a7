package vn.dangbo.dues;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.dangbo.documents.Spreadsheet;

/**
 * The commune's dues report as a workbook: one row per cell with its ledger figures and its
 * remittance, in the columns and under the headings of {@code dues/report-form.properties}, since
 * the Central Party Office's form is not in hand.
 */
public final class DuesReportForm {

  private static final List<String> FIELDS =
      List.of(
          "cell",
          "members",
          "due",
          "paid",
          "unpaidMonths",
          "behind",
          "collected",
          "keeps",
          "owes",
          "remitted",
          "outstanding");

  private final String title;
  private final List<String> columns;
  private final List<String> headings;

  private DuesReportForm(String title, List<String> columns, List<String> headings) {
    this.title = title;
    this.columns = columns;
    this.headings = headings;
  }

  /** The form of the file on the class path; refused at start-up when it names an unknown field. */
  public static DuesReportForm load() {
    var properties = new Properties();
    try (var in = DuesReportForm.class.getResourceAsStream("/dues/report-form.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var columns =
        Arrays.stream(properties.getProperty("columns", "").split(",")).map(String::strip).toList();
    var headings = new ArrayList<String>();
    for (var column : columns) {
      String heading = properties.getProperty("heading." + column);
      if (!FIELDS.contains(column) || heading == null) {
        throw new IllegalStateException("dues/report-form.properties: unknown column " + column);
      }
      headings.add(heading);
    }
    return new DuesReportForm(
        properties.getProperty("title", "").strip(), columns, List.copyOf(headings));
  }

  /**
   * The table of the period's rows (the form's title and the period name the sheet), each cell's
   * remittance found by its id (zero when none).
   */
  public Spreadsheet.Table table(
      String period, List<DuesLedger.CellTotals> totals, Map<Long, Remittance> remittances) {
    var rows = new ArrayList<List<Object>>();
    var none = new Remittance(0, 0, 0, 0);
    for (var t : totals) {
      var r = remittances.getOrDefault(t.cellId(), none);
      var values =
          Map.<String, Object>ofEntries(
              Map.entry("cell", t.cellName()),
              Map.entry("members", t.members()),
              Map.entry("due", t.due()),
              Map.entry("paid", t.paid()),
              Map.entry("unpaidMonths", t.unpaidMonths()),
              Map.entry("behind", t.behind()),
              Map.entry("collected", r.collected()),
              Map.entry("keeps", r.keeps()),
              Map.entry("owes", r.owes()),
              Map.entry("remitted", r.remitted()),
              Map.entry("outstanding", r.outstanding()));
      rows.add(columns.stream().map(values::get).toList());
    }
    return new Spreadsheet.Table(title + " " + period, headings, rows);
  }
}
