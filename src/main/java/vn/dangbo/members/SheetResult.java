package vn.dangbo.members;

import java.util.List;

/** What the sheet held: rows without a problem, problems, notes, and where the data lie. */
record SheetResult(
    String sheet,
    SheetHeading heading,
    int total,
    List<SheetRow> rows,
    List<ImportProblem> problems,
    List<ImportNote> notes,
    int lastColumn) {}
