package vn.dangbo.members;

import java.util.List;

/**
 * What an import found (dry run) or did (commit): the sheet read and the row of its headings, rows
 * read, problems, notes, and how many records were written. All or nothing: with any problem
 * nothing is written. Valid rows only: the rows without a problem are written, and the refused ones
 * come back as a file.
 */
public record ImportReport(
    int rows,
    List<ImportProblem> problems,
    int written,
    boolean dryRun,
    List<String> unknownColumns,
    String sheet,
    int headingRow,
    List<ImportNote> notes,
    RefusedFile refused) {

  /** The refused rows as an .xlsx file: the rows as written, with their reasons. */
  public record RefusedFile(int rows, byte[] xlsx) {}

  public boolean ok() {
    return problems.isEmpty();
  }

  /** Whether the valid rows only were (or, in a dry run, would be) written. */
  public boolean validRowsOnly() {
    return refused != null;
  }
}
