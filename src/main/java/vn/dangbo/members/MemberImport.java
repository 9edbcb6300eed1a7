package vn.dangbo.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.RefusedException;
import vn.dangbo.shared.TextProblem;

/**
 * Loads a commune's members from an .xlsx file as communes keep them: the heading row is found
 * below title rows (and may be two rows with merged cells), headings may be written in other words
 * ({@link ImportHeadings}), ethnic groups in other spellings ({@link EthnicGroups}). A dry run
 * lists every problem with its row, column and reason, and notes what was read differently (a
 * heading, a formula read as its computed value, an ethnic group); a commit writes every row or, if
 * any row has a problem, nothing at all; or, when asked, the valid rows only, handing back the
 * refused ones.
 */
@Service
public class MemberImport {

  static final int MAX_ROWS = 200_000;
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** Day first, by the separator written: 5/4/1990, 05-04-1990, 5.4.1990. */
  private static final Map<Character, DateTimeFormatter> DAY_FIRST =
      Map.of(
          '/', DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
          '-', DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
          '.', DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

  /** The columns without which no row can be read, by field. */
  static final List<String> REQUIRED = List.of("fullName", "sex", "birthDate", "ethnicity", "cell");

  /** How many non-empty rows at the top of a sheet may come before its heading. */
  static final int HEADING_WITHIN = 10;

  /** Formula cells noted one by one; beyond, one note counts the rest. */
  static final int FORMULA_NOTES = 100;

  private final MemberRegistry registry;
  private final Members members;
  private final Organizations organizations;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;
  private final Clock clock;
  private final RuleBook rules;
  private final MessageSource messages;
  private final ImportHeadings headings = ImportHeadings.load();

  MemberImport(
      MemberRegistry registry,
      Members members,
      Organizations organizations,
      PlatformTransactionManager transactions,
      Clock clock,
      RuleBook rules,
      MessageSource messages) {
    this.registry = registry;
    this.members = members;
    this.organizations = organizations;
    this.writing = new TransactionTemplate(transactions);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.clock = clock;
    this.rules = rules;
    this.messages = messages;
  }

  /** A dry run or an all-or-nothing commit of the .xlsx file on disk, in Vietnamese. */
  public ImportReport run(
      Path file, boolean dryRun, OrganizationScope scope, String by, ImportProgress progress) {
    return run(file, ImportOptions.allOrNothing(dryRun), scope, by, progress);
  }

  /**
   * A dry run or a commit of the .xlsx file on disk, reporting its progress as it goes. A dry run
   * reports every problem and writes nothing. A commit writes in one transaction every row, or
   * nothing when any row has a problem; or, with {@link ImportOptions#validRowsOnly()}, the rows
   * without a problem, the refused ones being handed back as a file (by a dry run too).
   */
  public ImportReport run(
      Path file,
      ImportOptions options,
      OrganizationScope scope,
      String by,
      ImportProgress progress) {
    var done =
        (options.dryRun() ? reading : writing)
            .execute(
                status -> {
                  var parsed = parse(file, scope, progress);
                  boolean write =
                      !options.dryRun()
                          && !parsed.rows().isEmpty()
                          && (options.validRowsOnly() || parsed.problems().isEmpty());
                  if (!write) {
                    return new Done(parsed, 0);
                  }
                  progress.step(ImportProgress.Step.WRITING);
                  int written =
                      registry.openAll(
                          parsed.rows().stream()
                              .map(
                                  r ->
                                      new MemberRegistry.Opening(
                                          r.record(), r.status(), r.since(), r.officialDate()))
                              .toList(),
                          scope,
                          by);
                  return new Done(parsed, written);
                });
    var parsed = done.parsed();
    var refused =
        options.validRowsOnly() && !parsed.problems().isEmpty()
            ? refusedFile(file, parsed, options.locale())
            : null;
    return new ImportReport(
        parsed.total(),
        parsed.problems(),
        done.written(),
        options.dryRun(),
        parsed.heading().unknown(),
        parsed.sheet(),
        parsed.heading().lastRow(),
        parsed.notes(),
        refused);
  }

  /** The same from a stream, all or nothing, in Vietnamese. */
  public ImportReport run(InputStream in, boolean dryRun, OrganizationScope scope, String by) {
    return run(in, ImportOptions.allOrNothing(dryRun), scope, by);
  }

  /** The same from a stream, copied to a temporary file first (which is then deleted). */
  public ImportReport run(
      InputStream in, ImportOptions options, OrganizationScope scope, String by) {
    Path file = null;
    try {
      file = Files.createTempFile("dangbo-import-", ".xlsx");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return run(file, options, scope, by, ImportProgress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(file);
    }
  }

  /**
   * A workbook to fill in: the headings of the headings file in its order, then how each heading
   * may also be written, then the ethnic groups with their codes and other names.
   */
  public byte[] template(Locale locale) {
    return new ImportTemplate(headings, new EthnicGroups(members.ethnicities()), messages, locale)
        .xlsx();
  }

  /** Reads the file and reports every problem; writes nothing. */
  public ImportReport dryRun(InputStream file, OrganizationScope scope) {
    return run(file, true, scope, null);
  }

  /** Writes every row in one transaction, or nothing when any row has a problem. */
  public ImportReport commit(InputStream file, OrganizationScope scope, String by) {
    return run(file, false, scope, by);
  }

  /** Deletes a temporary copy of an uploaded file, if there is one. */
  public static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file; the system cleans its temporary folder
      }
    }
  }

  private record ParsedRow(
      int number,
      MemberRecord record,
      MemberStatus status,
      LocalDate since,
      LocalDate officialDate) {}

  private record Parsed(
      String sheet,
      SheetHeading heading,
      int total,
      List<ParsedRow> rows,
      List<ImportProblem> problems,
      List<ImportNote> notes,
      int lastColumn) {}

  private record Done(Parsed parsed, int written) {}

  private Parsed parse(Path file, OrganizationScope scope, ImportProgress progress) {
    progress.step(ImportProgress.Step.READING);
    var parsing = new Parsing(scope, progress);
    XlsxRows.read(file, MAX_ROWS + 1, parsing::sheet, parsing::accept);
    parsing.headingAtEnd();
    progress.step(ImportProgress.Step.CHECKING);
    return parsing.finish();
  }

  /**
   * The rows of one sheet as they stream in: the heading looked for among the first rows, then each
   * row below it checked.
   */
  private final class Parsing {
    private final OrganizationScope scope;
    private final ImportProgress progress;
    private final LocalDate today = LocalDate.now(clock);
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<ParsedRow> parsed = new ArrayList<>();
    private final Set<String> citizenIds = new HashSet<>();
    private final Set<String> partyCards = new HashSet<>();
    private final Set<String> respellings = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Map<LocalDate, LocalDate> probationEnds = new HashMap<>();
    private String sheet = "";
    private SheetHeading heading;
    private SheetHeading pending;
    private SheetHeading best;
    private XlsxRows.Row above;
    private int rowsAbove;
    private Map<String, Long> cells;
    private EthnicGroups groups;
    private int total;
    private int formulas;
    private int lastColumn;

    Parsing(OrganizationScope scope, ImportProgress progress) {
      this.scope = scope;
      this.progress = progress;
    }

    void sheet(String name) {
      this.sheet = name;
    }

    void accept(XlsxRows.Row row) {
      for (int column : row.cells().keySet()) {
        lastColumn = Math.max(lastColumn, column);
      }
      if (heading == null && !belowHeading(row)) {
        return;
      }
      total++;
      if (total % 500 == 0) {
        progress.rowsRead(total);
      }
      readRow(row);
    }

    /**
     * Looks for the heading: the first of the first rows that has every required column, alone or
     * with the row above it (a heading of two rows). A heading found is kept pending for one row,
     * in case the row below it completes it. True when the row is data, below the heading.
     */
    private boolean belowHeading(XlsxRows.Row row) {
      if (pending != null) {
        var twoRows = SheetHeading.of(headings, pending.rows().get(0), row);
        if (twoRows.fields().size() > pending.fields().size() && !underRequired(pending, row)) {
          use(twoRows);
          return false;
        }
        use(pending);
        return true;
      }
      var alone = SheetHeading.of(headings, null, row);
      var withAbove = above == null ? alone : SheetHeading.of(headings, above, row);
      var candidate = withAbove.fields().size() > alone.fields().size() ? withAbove : alone;
      if (best == null || candidate.fields().size() > best.fields().size()) {
        best = candidate;
      }
      if (candidate.has(REQUIRED) && candidate.rows().size() == 1) {
        pending = candidate;
      } else if (candidate.has(REQUIRED)) {
        use(candidate);
      } else if (++rowsAbove >= HEADING_WITHIN) {
        throw missingColumns();
      }
      above = row;
      return false;
    }

    /**
     * Whether the row has a value under a required heading that is not itself a heading: data (a
     * name, a date), so not the second row of a heading, whose cells under a heading merged over
     * both rows are empty.
     */
    private boolean underRequired(SheetHeading heading, XlsxRows.Row row) {
      return heading.fields().entrySet().stream()
          .filter(e -> REQUIRED.contains(e.getValue()))
          .map(e -> row.cells().get(e.getKey()))
          .anyMatch(value -> value != null && headings.field(value) == null);
    }

    /** At the end of the sheet: the heading pending, else the refusal. */
    void headingAtEnd() {
      if (heading == null && pending != null) {
        use(pending);
      }
      if (heading == null && best == null) {
        throw new RefusedException("import.refused.empty");
      }
      if (heading == null) {
        throw missingColumns();
      }
    }

    private RefusedException missingColumns() {
      var missing = best.missing(REQUIRED).stream().map(headings::heading).toList();
      return new RefusedException(
          "import.refused.missingColumn", String.join(", ", missing), sheet, HEADING_WITHIN);
    }

    private void use(SheetHeading found) {
      heading = found;
      pending = null;
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
      cells = cellsByName(scope);
      groups = new EthnicGroups(members.ethnicities());
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
                values.get("citizenId"),
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
        problems.add(new ImportProblem(row.number(), null, e.messageCode(), e.arguments()));
      }
    }

    /**
     * The first status: official since the official date of the file; without one, official since
     * the end of probation (the ceremony plus the probation length of the rulebook on the ceremony
     * day), or probationary since the ceremony while probation runs; without either date, official
     * since today.
     */
    private ParsedRow opening(
        int number, MemberRecord record, LocalDate ceremony, LocalDate official) {
      LocalDate probationEnd =
          ceremony == null
              ? null
              : probationEnds.computeIfAbsent(
                  ceremony, day -> day.plusMonths(rules.at(day, RuleKey.PROBATION_MONTHS).asInt()));
      if (official == null && probationEnd != null && probationEnd.isAfter(today)) {
        LocalDate since = ceremony.isAfter(today) ? today : ceremony;
        return new ParsedRow(number, record, MemberStatus.PROBATIONARY, since, null);
      }
      LocalDate officialDate = official != null ? official : probationEnd;
      return new ParsedRow(
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
    Parsed finish() {
      var names = heading.written();
      var duplicates =
          registry.possibleDuplicatesAmong(parsed.stream().map(ParsedRow::record).toList());
      var cardsTaken = registry.partyCardsInUse(partyCards);
      var unique = new ArrayList<ParsedRow>();
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
      return new Parsed(sheet, heading, total, unique, problems, notes, lastColumn);
    }
  }

  /**
   * The refused rows as a file: each with its reasons, a problem of a column named by the column's
   * heading as written.
   */
  private ImportReport.RefusedFile refusedFile(Path file, Parsed parsed, Locale locale) {
    var reasons = new TreeMap<Integer, String>();
    for (var problem : parsed.problems()) {
      String reason = messages.getMessage(problem.code(), problem.arguments(), locale);
      if (problem.column() != null) {
        reason =
            messages.getMessage(
                "import.refusedRows.columnReason", new Object[] {problem.column(), reason}, locale);
      }
      reasons.merge(problem.row(), reason, (a, b) -> a + "; " + b);
    }
    byte[] xlsx =
        new RefusedRows(file, parsed.sheet(), parsed.heading().rows(), parsed.lastColumn(), reasons)
            .xlsx(
                messages.getMessage("import.refusedRows.row", null, locale),
                messages.getMessage("import.refusedRows.reason", null, locale));
    return new ImportReport.RefusedFile(reasons.size(), xlsx);
  }

  private Map<String, Long> cellsByName(OrganizationScope scope) {
    var cells = new HashMap<String, Long>();
    for (OrganizationNode node : organizations.treeOn(LocalDate.now(clock), scope)) {
      if (node.isCell() && scope.canManage(node.id())) {
        cells.put(PersonName.searchKey(node.name()), node.id());
      }
    }
    return cells;
  }

  /**
   * A date as written in a file: ISO (1990-04-05) or day first (5/4/1990, 05-04-1990, 5.4.1990).
   */
  static LocalDate parseDate(String value) {
    int separator = 0;
    while (separator < value.length() && Character.isDigit(value.charAt(separator))) {
      separator++;
    }
    var format =
        separator == 4
            ? ISO_DATE
            : separator < value.length() ? DAY_FIRST.get(value.charAt(separator)) : null;
    if (format == null) {
      throw new DateTimeParseException("not a date", value, separator);
    }
    return LocalDate.parse(value, format);
  }

  /** Reads typed values of one row, noting each unreadable one as a problem of its column. */
  private record RowReader(
      int row,
      Map<String, String> values,
      Map<String, String> names,
      Map<String, String> keys,
      List<ImportProblem> problems) {

    /** The search key of a value; the few values a column repeats are turned into keys once. */
    String key(String value) {
      return keys.computeIfAbsent(value, PersonName::searchKey);
    }

    boolean yes(String field) {
      String value = values.get(field);
      if (value == null) {
        return false;
      }
      String key = key(value);
      return key.equals("x") || key.equals("co") || key.equals("1") || key.equals("true");
    }

    Sex sex() {
      String value = values.get("sex");
      if (value == null) {
        return null;
      }
      return switch (key(value)) {
        case "nam", "m", "male" -> Sex.MALE;
        case "nu", "f", "female" -> Sex.FEMALE;
        default -> {
          problems.add(
              new ImportProblem(row, names.get("sex"), "import.problem.sex", new Object[] {value}));
          yield null;
        }
      };
    }

    LocalDate date(String field) {
      String value = values.get(field);
      if (value == null) {
        return null;
      }
      try {
        return parseDate(value);
      } catch (DateTimeParseException e) {
        problems.add(
            new ImportProblem(row, names.get(field), "import.problem.date", new Object[] {value}));
        return null;
      }
    }

    <T> T lookup(String field, Map<String, T> known, String code) {
      String value = values.get(field);
      if (value == null) {
        return null;
      }
      T found = known.get(key(value));
      if (found == null) {
        problems.add(new ImportProblem(row, names.get(field), code, new Object[] {value}));
      }
      return found;
    }
  }
}
