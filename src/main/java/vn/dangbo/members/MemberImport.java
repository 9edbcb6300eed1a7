package vn.dangbo.members;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.RefusedException;

/**
 * Loads a commune's members from an .xlsx file: a dry run lists every problem with its row, column
 * and reason; a commit writes every row or, if any row has a problem, nothing at all.
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

  private static final Map<String, String> ETHNICITY_ALIASES =
      Map.of("h'mong", "mong", "hmong", "mong", "h mong", "mong", "meo", "mong", "khmer", "kho-me");

  private final MemberRegistry registry;
  private final Members members;
  private final Organizations organizations;
  private final TransactionTemplate writing;
  private final TransactionTemplate reading;
  private final Clock clock;
  private final Map<String, String> headings;

  MemberImport(
      MemberRegistry registry,
      Members members,
      Organizations organizations,
      PlatformTransactionManager transactions,
      Clock clock)
      throws IOException {
    this.registry = registry;
    this.members = members;
    this.organizations = organizations;
    this.writing = new TransactionTemplate(transactions);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.clock = clock;
    var properties = new Properties();
    try (var in = getClass().getResourceAsStream("/import/member-headings.properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    var map = new HashMap<String, String>();
    properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
    this.headings = Map.copyOf(map);
  }

  /**
   * A dry run or a commit of the .xlsx file on disk, reporting its progress as it goes. A dry run
   * reports every problem and writes nothing; a commit writes every row in one transaction, or
   * nothing when any row has a problem.
   */
  public ImportReport run(
      Path file, boolean dryRun, OrganizationScope scope, String by, ImportProgress progress) {
    return (dryRun ? reading : writing)
        .execute(
            status -> {
              var parsed = parse(file, scope, progress);
              if (dryRun || !parsed.problems().isEmpty()) {
                return new ImportReport(
                    parsed.total(), parsed.problems(), 0, dryRun, parsed.unknown());
              }
              progress.step(ImportProgress.Step.WRITING);
              registry.openAll(
                  parsed.rows().stream()
                      .map(r -> new MemberRegistry.Opening(r.record(), r.status(), r.since()))
                      .toList(),
                  scope,
                  by);
              return new ImportReport(
                  parsed.total(), List.of(), parsed.rows().size(), false, parsed.unknown());
            });
  }

  /** The same from a stream, copied to a temporary file first (which is then deleted). */
  public ImportReport run(InputStream in, boolean dryRun, OrganizationScope scope, String by) {
    Path file = null;
    try {
      file = Files.createTempFile("dangbo-import-", ".xlsx");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return run(file, dryRun, scope, by, ImportProgress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(file);
    }
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

  private record ParsedRow(int number, MemberRecord record, MemberStatus status, LocalDate since) {}

  private record Parsed(
      int total, List<ParsedRow> rows, List<ImportProblem> problems, List<String> unknown) {}

  private Parsed parse(Path file, OrganizationScope scope, ImportProgress progress) {
    progress.step(ImportProgress.Step.READING);
    var parsing = new Parsing(scope, progress);
    XlsxRows.read(file, MAX_ROWS + 1, parsing::accept);
    if (parsing.header == null) {
      throw new RefusedException("import.refused.empty");
    }
    progress.step(ImportProgress.Step.CHECKING);
    return parsing.finish();
  }

  /** The rows of one file as they stream in: the header first, then each row checked. */
  private final class Parsing {
    private final OrganizationScope scope;
    private final ImportProgress progress;
    private final LocalDate today = LocalDate.now(clock);
    private final Map<Integer, String> fields = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ParsedRow> parsed = new ArrayList<>();
    private final Set<String> citizenIds = new HashSet<>();
    private final Set<String> partyCards = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();
    private XlsxRows.Row header;
    private Map<String, Long> cells;
    private Map<String, Integer> ethnicities;
    private int total;

    Parsing(OrganizationScope scope, ImportProgress progress) {
      this.scope = scope;
      this.progress = progress;
    }

    void accept(XlsxRows.Row row) {
      if (header == null) {
        header = row;
        readHeader();
        return;
      }
      total++;
      if (total % 500 == 0) {
        progress.rowsRead(total);
      }
      readRow(row);
    }

    private void readHeader() {
      header
          .cells()
          .forEach(
              (column, heading) -> {
                String field = headings.get(PersonName.searchKey(heading));
                if (field == null) {
                  unknown.add(heading);
                } else {
                  fields.put(column, field);
                  names.put(field, heading);
                }
              });
      for (String required : List.of("fullName", "sex", "birthDate", "ethnicity", "cell")) {
        if (!fields.containsValue(required)) {
          throw new RefusedException("import.refused.missingColumn", required);
        }
      }
      cells = cellsByName(scope);
      ethnicities = ethnicitiesByKey();
    }

    private void readRow(XlsxRows.Row row) {
      var values = new HashMap<String, String>();
      row.cells()
          .forEach(
              (column, value) -> {
                if (fields.containsKey(column)) {
                  values.put(fields.get(column), value);
                }
              });
      var rowProblems = new ArrayList<ImportProblem>();
      var reader = new RowReader(row.number(), values, names, keys, rowProblems);
      Sex sex = reader.sex();
      LocalDate birth = reader.date("birthDate");
      LocalDate decision = reader.date("admissionDecisionDate");
      LocalDate ceremony = reader.date("admissionCeremonyDate");
      LocalDate official = reader.date("officialDate");
      Integer ethnicity = reader.lookup("ethnicity", ethnicities, "import.problem.ethnicity");
      Long cell = reader.lookup("cell", cells, "import.problem.cell");
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
                null,
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
        boolean probationary =
            official == null && ceremony != null && ceremony.plusMonths(12).isAfter(today);
        LocalDate since =
            probationary
                ? ceremony
                : official != null ? official : ceremony != null ? ceremony.plusMonths(12) : today;
        parsed.add(
            new ParsedRow(
                row.number(),
                record,
                probationary ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL,
                since.isAfter(today) ? today : since));
      } catch (RefusedException e) {
        problems.add(new ImportProblem(row.number(), null, e.messageCode(), e.arguments()));
      }
    }

    /** Checks the rows read against the records already kept, in three set-based queries. */
    Parsed finish() {
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
      problems.sort(Comparator.comparingInt(ImportProblem::row));
      return new Parsed(total, unique, problems, unknown);
    }
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

  private Map<String, Integer> ethnicitiesByKey() {
    var result = new HashMap<String, Integer>();
    members.ethnicities().forEach((code, name) -> result.put(PersonName.searchKey(name), code));
    ETHNICITY_ALIASES.forEach(
        (alias, canonical) -> {
          if (result.containsKey(canonical)) {
            result.put(alias, result.get(canonical));
          }
        });
    return result;
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
