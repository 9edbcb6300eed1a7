package vn.dangbo.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The heading of a sheet as a commune writes it: one row, or two stacked rows where the top row has
 * cells merged across columns (a merged cell keeps its text in its first cell only, so each
 * column's heading is the lower row's if the lower row has one that dangbo knows, else the upper
 * row's). Which column holds which field, and each field's heading as the user wrote it.
 */
record SheetHeading(
    List<XlsxRows.Row> rows,
    Map<Integer, String> fields,
    Map<String, String> written,
    List<String> unknown) {

  /** The heading of one row ({@code upper} null) or of two stacked rows. */
  static SheetHeading of(ImportHeadings headings, XlsxRows.Row upper, XlsxRows.Row lower) {
    var columns = new TreeSet<>(lower.cells().keySet());
    if (upper != null) {
      columns.addAll(upper.cells().keySet());
    }
    var fields = new LinkedHashMap<Integer, String>();
    var written = new HashMap<String, String>();
    var unknown = new ArrayList<String>();
    for (int column : columns) {
      String below = lower.cells().get(column);
      String above = upper == null ? null : upper.cells().get(column);
      String text = below != null && headings.field(below) != null ? below : above;
      String field = text == null ? null : headings.field(text);
      if (field == null || written.containsKey(field)) {
        unknown.add(below != null ? below : above);
      } else if (!field.equals(ImportHeadings.IGNORED)) {
        fields.put(column, field);
        written.put(field, text);
      }
    }
    return new SheetHeading(
        upper == null ? List.of(lower) : List.of(upper, lower), fields, written, unknown);
  }

  /** The number of the heading's last row: the rows below it are data. */
  int lastRow() {
    return rows.get(rows.size() - 1).number();
  }

  int firstRow() {
    return rows.get(0).number();
  }

  boolean has(Collection<String> required) {
    return fields.values().containsAll(required);
  }

  /** The required fields it lacks. */
  List<String> missing(Collection<String> required) {
    return required.stream().filter(f -> !fields.containsValue(f)).toList();
  }
}
