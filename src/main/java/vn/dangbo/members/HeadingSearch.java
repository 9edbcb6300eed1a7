package vn.dangbo.members;

import vn.dangbo.shared.RefusedException;

/**
 * Looks for the heading of a sheet among its first rows, below the title rows a commune's file has
 * ("DANH SÁCH ĐẢNG VIÊN CHI BỘ ...", a subtitle, an empty row), as they stream in. Refuses a sheet
 * without one, naming the required columns it lacks by their Vietnamese headings.
 */
final class HeadingSearch {

  /** How many non-empty rows at the top of a sheet may come before its heading. */
  static final int HEADING_WITHIN = 10;

  private final ImportHeadings headings;
  private SheetHeading found;
  private SheetHeading pending;
  private SheetHeading best;
  private XlsxRows.Row above;
  private int rowsAbove;

  HeadingSearch(ImportHeadings headings) {
    this.headings = headings;
  }

  /**
   * Looks for the heading: the first of the first rows that has every required column, alone or
   * with the row above it (a heading of two rows). A heading found is kept pending for one row, in
   * case the row below it completes it. True when the row is data, below the heading; refused when
   * the first {@link #HEADING_WITHIN} non-empty rows hold no heading.
   */
  boolean offer(XlsxRows.Row row, String sheet) {
    if (pending != null) {
      var twoRows = SheetHeading.of(headings, pending.rows().get(0), row);
      boolean secondRow =
          twoRows.fields().size() > pending.fields().size() && !underRequired(pending, row);
      found = secondRow ? twoRows : pending;
      return !secondRow;
    }
    var alone = SheetHeading.of(headings, null, row);
    var withAbove = above == null ? alone : SheetHeading.of(headings, above, row);
    var candidate = withAbove.fields().size() > alone.fields().size() ? withAbove : alone;
    if (best == null || candidate.fields().size() > best.fields().size()) {
      best = candidate;
    }
    if (candidate.has(MemberImport.REQUIRED) && candidate.rows().size() == 1) {
      pending = candidate;
    } else if (candidate.has(MemberImport.REQUIRED)) {
      found = candidate;
    } else if (++rowsAbove >= HEADING_WITHIN) {
      throw missingColumns(sheet);
    }
    above = row;
    return false;
  }

  /**
   * Whether the row has a value under a required heading that is not itself a heading: data (a
   * name, a date), so not the second row of a heading, whose cells under a heading merged over both
   * rows are empty.
   */
  private boolean underRequired(SheetHeading heading, XlsxRows.Row row) {
    return heading.fields().entrySet().stream()
        .filter(e -> MemberImport.REQUIRED.contains(e.getValue()))
        .map(e -> row.cells().get(e.getKey()))
        .anyMatch(value -> value != null && headings.field(value) == null);
  }

  /** At the end of the sheet: the heading pending, else the refusal. */
  SheetHeading atEnd(String sheet) {
    if (pending != null) {
      return pending;
    }
    if (best == null) {
      throw new RefusedException("import.refused.empty");
    }
    throw missingColumns(sheet);
  }

  /** The heading, once found. */
  SheetHeading found() {
    return found;
  }

  private RefusedException missingColumns(String sheet) {
    var missing = best.missing(MemberImport.REQUIRED).stream().map(headings::heading).toList();
    return new RefusedException(
        "import.refused.missingColumn", String.join(", ", missing), sheet, HEADING_WITHIN);
  }
}
