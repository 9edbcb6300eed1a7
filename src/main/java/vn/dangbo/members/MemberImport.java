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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.RefusedException;

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

  private final MemberRegistry registry;
  private final Duplicates duplicates;
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
      Duplicates duplicates,
      Members members,
      Organizations organizations,
      PlatformTransactionManager transactions,
      Clock clock,
      RuleBook rules,
      MessageSource messages) {
    this.registry = registry;
    this.duplicates = duplicates;
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

  /**
   * Runs the import where nobody waits for the answer (in the background): a refusal is told to the
   * progress instead of thrown, and the report is then null.
   */
  public ImportReport runUnattended(
      Path file,
      ImportOptions options,
      OrganizationScope scope,
      String by,
      ImportProgress progress) {
    try {
      return run(file, options, scope, by, progress);
    } catch (RefusedException e) {
      progress.refused(e);
      return null;
    }
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

  private record Done(SheetResult parsed, int written) {}

  private SheetResult parse(Path file, OrganizationScope scope, ImportProgress progress) {
    progress.step(ImportProgress.Step.READING);
    var reading =
        new SheetReading(
            headings,
            LocalDate.now(clock),
            progress,
            () -> cellsByName(scope),
            () -> new EthnicGroups(members.ethnicities()),
            day -> day.plusMonths(rules.at(day, RuleKey.PROBATION_MONTHS).asInt()));
    XlsxRows.read(file, MAX_ROWS + 1, reading::sheet, reading::accept);
    reading.headingAtEnd();
    progress.step(ImportProgress.Step.CHECKING);
    return reading.finish(duplicates);
  }

  /**
   * The refused rows as a file: each with its reasons, a problem of a column named by the column's
   * heading as written.
   */
  private ImportReport.RefusedFile refusedFile(Path file, SheetResult parsed, Locale locale) {
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
}
