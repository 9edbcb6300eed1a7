package vn.dangbo.reports;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.documents.Spreadsheet;

/**
 * A small chart: rows of labelled values, one value each (bars, a funnel) or several stacked
 * (stacked bars, with a legend), or series over years (a line). The geometry is worked out here so
 * that the SVG templates only place what they are given; the same figures go in a table.
 *
 * @param kind BARS, STACKED, FUNNEL or LINE
 * @param parts the names of the stacked parts or of the line's series (the legend)
 * @param rows the rows (for a line: one row per series, one value per year)
 * @param columns a line's labels along the bottom (the years)
 * @param max the largest row total, the full width of a bar (worked out once: each bar of a
 *     province's thousand cells is placed against it)
 */
public record Chart(
    String id,
    String title,
    String kind,
    List<String> parts,
    List<Row> rows,
    List<String> columns,
    int max) {

  public Chart(
      String id,
      String title,
      String kind,
      List<String> parts,
      List<Row> rows,
      List<String> columns) {
    this(id, title, kind, parts, rows, columns, rows.stream().mapToInt(Row::total).max().orElse(0));
  }

  /** One row: its label and its values (one per part). */
  public record Row(String label, List<Integer> values) {

    public int total() {
      return values.stream().mapToInt(Integer::intValue).sum();
    }
  }

  public static Chart bars(String id, String title, List<Row> rows) {
    return new Chart(id, title, "BARS", List.of(), rows, List.of());
  }

  public static Chart stacked(String id, String title, List<String> parts, List<Row> rows) {
    return new Chart(id, title, "STACKED", parts, rows, List.of());
  }

  public static Chart funnel(String id, String title, List<Row> rows) {
    return new Chart(id, title, "FUNNEL", List.of(), rows, List.of());
  }

  public static Chart line(
      String id, String title, List<String> series, List<String> years, List<Row> rows) {
    return new Chart(id, title, "LINE", series, rows, years);
  }

  /**
   * The chart's figures as a table headed by its title: a line's values by year; stacked parts and
   * their total; otherwise each row's total.
   */
  public Spreadsheet.Table table(String totalHeading) {
    var headings = new ArrayList<String>(List.of(title));
    boolean line = kind.equals("LINE");
    headings.addAll(line ? columns : kind.equals("STACKED") ? parts : List.of());
    if (!line) {
      headings.add(totalHeading);
    }
    var lines = new ArrayList<List<Object>>();
    for (var row : rows) {
      var cells = new ArrayList<Object>(List.of(row.label()));
      if (line || kind.equals("STACKED")) {
        cells.addAll(row.values());
      }
      if (!line) {
        cells.add(row.total());
      }
      lines.add(cells);
    }
    return new Spreadsheet.Table(title, headings, lines);
  }

  /** Where a part of a row starts, in percent of the width. */
  public double start(Row row, int part) {
    int before = 0;
    for (int i = 0; i < part; i++) {
      before += row.values().get(i);
    }
    return percent(before);
  }

  /** How wide a part of a row is, in percent of the width. */
  public double width(Row row, int part) {
    return percent(row.values().get(part));
  }

  /** Where a funnel row starts so that it is centred, in percent. */
  public double centred(Row row) {
    return (100 - percent(row.total())) / 2;
  }

  private double percent(int value) {
    return max == 0 ? 0 : Math.round(value * 1000.0 / max) / 10.0;
  }

  /** Height of a line chart's drawing area, in its own units (the width is 100 per column). */
  public static final int LINE_HEIGHT = 100;

  /** A series of a line chart as SVG polyline points, in a box of 100 per column by 100. */
  public String points(Row series) {
    int top =
        Math.max(
            1, rows.stream().flatMap(r -> r.values().stream()).mapToInt(v -> v).max().orElse(1));
    var points = new StringBuilder();
    for (int i = 0; i < series.values().size(); i++) {
      points
          .append(i * 100 + 50)
          .append(',')
          .append(LINE_HEIGHT - series.values().get(i) * (LINE_HEIGHT - 10) / top)
          .append(' ');
    }
    return points.toString().strip();
  }

  /** The width of a line chart's drawing area. */
  public int lineWidth() {
    return Math.max(1, columns.size()) * 100;
  }
}
