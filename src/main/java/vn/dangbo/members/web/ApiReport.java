package vn.dangbo.members.web;

import java.util.List;

/**
 * The report of an import: the sheet read, the row its headings end on, problems (nothing or only
 * the valid rows written) and notes (what was read differently, refusing nothing).
 */
record ApiReport(
    int rows,
    int written,
    boolean dryRun,
    boolean validRowsOnly,
    String sheet,
    int headingRow,
    List<String> unknownColumns,
    List<ApiProblem> problems,
    List<ApiProblem> notes,
    int refusedRows,
    String refusedRowsFile) {}
