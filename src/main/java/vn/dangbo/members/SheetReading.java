package vn.dangbo.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.util.CellReference;
import vn.dangbo.shared.RefusedException;
import vn.dangbo.shared.TextProblem;

/**
 * The rows of one sheet of an import as they stream in from {@link XlsxRows}: the heading looked
 * for among the first rows ({@link SheetHeading}), then each row below it checked as far as it can
 * be without the database; {@link #finish} checks the rows against the records kept. What it finds
 * wrong is a problem of a row (and column); what it reads differently from how it was written is a
 * note.
 */
final class SheetReading {

  /** Formula cells noted one by one; beyond, one note counts the rest. */
  static final int FORMULA_NOTES = 100;

  /** The field each refusal of {@link MemberRecord#check} is about, where it is about one. */
  private static final Map<String, String> FIELD_OF_REFUSAL =
      Map.ofEntries(
          Map.entry("member.refused.nameRequired", "fullName"),
          Map.entry("member.refused.sexRequired", "sex"),
          Map.entry("member.refused.birthDateRequired", "birthDate"),
          Map.entry("member.refused.birthDateImplausible", "birthDate"),
          Map.entry("member.refused.ethnicity", "ethnicity"),
          Map.entry("member.refused.cellRequired", "cell"),
          Map.entry("member.refused.admissionBeforeAge", "admissionDecisionDate"),
          Map.entry("member.refused.admissionInFuture", "admissionDecisionDate"),
          Map.entry("member.refused.ceremonyBeforeDecision", "admissionCeremonyDate"),
          Map.entry("member.refused.phone", "phone"),
          Map.entry("import.problem.citizenIdTwice", "citizenId"),
          Map.entry("import.problem.partyCardTwice", "partyCardNumber"));

  private final ImportHeadings headings;
  private final HeadingSearch search;
  private final LocalDate today;
  private final ImportProgress progress;
  private final Supplier<Map<String, Long>> cellsByName;
  private final Supplier<EthnicGroups> ethnicGroups;
  private final UnaryOperator<LocalDate> probationEnd;
  private final List<ImportProblem> problems = new ArrayList<>();
  private final List<ImportNote> notes = new ArrayList<>();
  private final List<SheetRow> parsed = new ArrayList<>();
  private final Set<String> citizenIds = new HashSet<>();
  private final Set<String> partyCards = new HashSet<>();
  private final Set<String> respellings = new HashSet<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<LocalDate, LocalDate> probationEnds = new HashMap<>();
  private final List<XlsxRows.Row> thin = new ArrayList<>();
  private String sheet = "";
  private SheetHeading heading;
  private Map<String, Long> cells;
  private EthnicGroups groups;
  private int total;
  private int formulas;
  private int lastColumn;

  /**
   * A reading against the day of the import; the cells the user manages, the ethnic groups and the
   * end of probation of a ceremony day are asked for only once a heading is found.
   */
  SheetReading(
      ImportHeadings headings,
      LocalDate today,
      ImportProgress progress,
      Supplier<Map<String, Long>> cellsByName,
      Supplier<EthnicGroups> ethnicGroups,
      UnaryOperator<LocalDate> probationEnd) {
    this.headings = headings;
    this.search = new HeadingSearch(headings);
    this.today = today;
    this.progress = progress;
    this.cellsByName = cellsByName;
    this.ethnicGroups = ethnicGroups;
    this.probationEnd = probationEnd;
  }

  void sheet(String name) {
    this.sheet = name;
  }

  void accept(XlsxRows.Row row) {
    for (int column : row.cells().keySet()) {
      lastColumn = Math.max(lastColumn, column);
    }
    if (heading == null) {
      boolean data = search.offer(row, sheet);
      if (search.found() != null) {
        use(search.found());
      }
      if (!data) {
        return;
      }
    }
    // a row with at most one value under the columns read may be a line below the list
    // ("Người lập biểu", a total): held until a full row shows it was not
    if (valuesRead(row) < 2) {
      thin.add(row);
      return;
    }
    thin.forEach(this::count);
    thin.clear();
    count(row);
  }

  private void count(XlsxRows.Row row) {
    total++;
    if (total % 500 == 0) {
      progress.rowsRead(total);
    }
    readRow(row);
  }

  private long valuesRead(XlsxRows.Row row) {
    return row.cells().keySet().stream().filter(heading.fields()::containsKey).count();
  }

  /** The lines below the last member's row, set aside with a note each. */
  private void footer() {
    for (var row : thin) {
      notes.add(
          new ImportNote(
              row.number(),
              null,
              "import.note.footer",
              new Object[] {sheet, row.number(), String.join(" ", row.cells().values())}));
    }
    thin.clear();
  }

  /** At the end of the sheet: the heading pending, else the refusal. */
  void headingAtEnd() {
    if (heading == null) {
      use(search.atEnd(sheet));
    }
  }

  private void use(SheetHeading found) {
    heading = found;
    int row = found.lastRow();
    if (found.rows().size() == 2) {
      notes.add(
          new ImportNote(
              row,
              null,
              "import.note.headingTwoRows",
              new Object[] {sheet, found.firstRow(), row}));
    } else if (row > 1) {
      notes.add(new ImportNote(row, null, "import.note.headingRow", new Object[] {sheet, row}));
    }
    found
        .written()
        .forEach(
            (field, written) -> {
              String expected = headings.heading(field);
              if (!ImportHeadings.key(written).equals(ImportHeadings.key(expected))) {
                notes.add(
                    new ImportNote(
                        row, written, "import.note.heading", new Object[] {written, expected}));
              }
            });
    cells = cellsByName.get();
    groups = ethnicGroups.get();
  }

  private void readRow(XlsxRows.Row row) {
    var names = heading.written();
    var values = new HashMap<String, String>();
    var rowProblems = new ArrayList<ImportProblem>();
    row.cells()
        .forEach(
            (column, value) -> {
              String field = heading.fields().get(column);
              if (field == null) {
                return;
              }
              TextProblem hostile = TextProblem.of(value);
              if (hostile == null) {
                values.put(field, value);
              } else {
                rowProblems.add(
                    new ImportProblem(
                        row.number(),
                        names.get(field),
                        "import.problem." + hostile.key(),
                        new Object[] {}));
              }
            });
    for (int column : row.formulas()) {
      noteFormula(row, column);
    }
    var reader = new RowReader(row.number(), values, names, keys, rowProblems);
    Sex sex = reader.sex();
    LocalDate birth = reader.date("birthDate");
    LocalDate decision = reader.date("admissionDecisionDate");
    LocalDate ceremony = reader.date("admissionCeremonyDate");
    LocalDate official = reader.date("officialDate");
    Integer ethnicity = ethnicity(row.number(), values.get("ethnicity"), rowProblems);
    Long cell = reader.lookup("cell", cells, "import.problem.cell");
    if (official != null
        && (official.isAfter(today) || ceremony != null && official.isBefore(ceremony))) {
      rowProblems.add(
          new ImportProblem(
              row.number(),
              names.get("officialDate"),
              official.isAfter(today)
                  ? "import.problem.officialInFuture"
                  : "import.problem.officialBeforeCeremony",
              new Object[] {values.get("officialDate"), values.get("admissionCeremonyDate")}));
    }
    if (!rowProblems.isEmpty()) {
      problems.addAll(rowProblems);
      return;
    }
    try {
      var record =
          new MemberRecord(
              values.get("fullName"),
              values.get("otherNames"),
              sex,
              birth,
              values.get("birthPlace"),
              values.get("homeTown"),
              values.get("residence"),
              ethnicity,
              values.get("religion"),
              values.get("generalEducation"),
              null,
              null,
              null,
              values.get("occupation"),
              isOldIdNumber(values.get("citizenId")) ? null : values.get("citizenId"),
              isOldIdNumber(values.get("citizenId"))
                  ? values.get("citizenId")
                  : values.get("oldIdNumber"),
              values.get("partyCardNumber"),
              values.get("phone"),
              cell,
              null,
              decision,
              ceremony,
              reader.yes("youthUnion"),
              reader.yes("militia"),
              reader.yes("teacher"),
              false);
      record.check(today);
      if (record.citizenId() != null && !citizenIds.add(record.citizenId())) {
        throw new RefusedException("import.problem.citizenIdTwice", record.citizenId());
      }
      if (record.partyCardNumber() != null && !partyCards.add(record.partyCardNumber())) {
        throw new RefusedException("import.problem.partyCardTwice", record.partyCardNumber());
      }
      parsed.add(opening(row.number(), record, ceremony, official));
    } catch (RefusedException e) {
      problems.add(
          new ImportProblem(
              row.number(), columnOf(e.messageCode()), e.messageCode(), e.arguments()));
    }
  }

  /** The column a refusal of the record is about, as written, or null for the row as a whole. */
  private String columnOf(String code) {
    String field = code.startsWith("citizenId.") ? "citizenId" : FIELD_OF_REFUSAL.get(code);
    return field == null ? null : heading.written().get(field);
  }

  /**
   * The first status: official since the official date of the file; without one, official since the
   * end of probation (the ceremony plus the probation length of the rulebook on the ceremony day),
   * or probationary since the ceremony while probation runs; without either date, official since
   * today.
   */
  private SheetRow opening(
      int number, MemberRecord record, LocalDate ceremony, LocalDate official) {
    LocalDate ends =
        ceremony == null ? null : probationEnds.computeIfAbsent(ceremony, probationEnd);
    if (official == null && ends != null && ends.isAfter(today)) {
      LocalDate since = ceremony.isAfter(today) ? today : ceremony;
      return new SheetRow(number, record, MemberStatus.PROBATIONARY, since, null);
    }
    LocalDate officialDate = official != null ? official : ends;
    return new SheetRow(
        number,
        record,
        MemberStatus.OFFICIAL,
        officialDate != null ? officialDate : today,
        officialDate);
  }

  /** The code of an ethnic group as written, with a note for each spelling read as another. */
  private Integer ethnicity(int row, String written, List<ImportProblem> rowProblems) {
    if (written == null) {
      return null;
    }
    String column = heading.written().get("ethnicity");
    var reading = groups.read(written);
    if (reading.isEmpty()) {
      rowProblems.add(
          new ImportProblem(row, column, "import.problem.ethnicity", new Object[] {written}));
      return null;
    }
    var group = reading.get().group();
    if (reading.get().respelled() && respellings.add(written)) {
      notes.add(
          new ImportNote(
              row,
              column,
              "import.note.ethnicity",
              new Object[] {written, group.name(), group.listCode()}));
    }
    return group.code();
  }

  /** A formula cell of a column the import reads: read as its computed value, and said so. */
  private void noteFormula(XlsxRows.Row row, int column) {
    String field = heading.fields().get(column);
    if (field == null || ++formulas > FORMULA_NOTES) {
      return;
    }
    String cell = CellReference.convertNumToColString(column) + row.number();
    String value = row.cells().get(column);
    String written = heading.written().get(field);
    notes.add(
        value == null
            ? new ImportNote(
                row.number(),
                written,
                "import.note.formulaNoValue",
                new Object[] {cell, written, sheet})
            : new ImportNote(
                row.number(),
                written,
                "import.note.formula",
                new Object[] {cell, written, sheet, value}));
  }

  /** Checks the rows read against the records already kept, in three set-based queries. */
  SheetResult finish(Duplicates possible) {
    footer();
    var names = heading.written();
    var duplicates =
        possible.possibleDuplicatesAmong(parsed.stream().map(SheetRow::record).toList());
    var cardsTaken = possible.partyCardsInUse(partyCards);
    var unique = new ArrayList<SheetRow>();
    for (int i = 0; i < parsed.size(); i++) {
      var duplicate = duplicates.get(i);
      String card = parsed.get(i).record().partyCardNumber();
      if (duplicate == null && card != null && cardsTaken.contains(card)) {
        problems.add(
            new ImportProblem(
                parsed.get(i).number(),
                names.get("partyCardNumber"),
                "import.problem.partyCardTaken",
                new Object[] {card}));
      } else if (duplicate == null) {
        unique.add(parsed.get(i));
      } else {
        problems.add(
            new ImportProblem(
                parsed.get(i).number(),
                null,
                "import.problem.duplicate",
                new Object[] {duplicate.fullName(), duplicate.cellName()}));
      }
    }
    if (formulas > FORMULA_NOTES) {
      notes.add(
          new ImportNote(
              heading.lastRow(),
              null,
              "import.note.moreFormulas",
              new Object[] {formulas - FORMULA_NOTES, sheet}));
    }
    problems.sort(Comparator.comparingInt(ImportProblem::row));
    notes.sort(Comparator.comparingInt(ImportNote::row));
    return new SheetResult(sheet, heading, total, unique, problems, notes, lastColumn);
  }

  /**
   * Whether a value of the "Số CCCD/CMND" column is an old 9-digit identity card number: it then
   * goes to its own field, never the citizen ID's.
   */
  private static boolean isOldIdNumber(String value) {
    return value != null && value.replaceAll("[\\s.]", "").matches("[0-9]{9}");
  }
}
