package vn.dangbo.evaluations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.documents.Pdf;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.FigurePlanning;
import vn.dangbo.shared.NotFoundException;

/**
 * The grades of a year for an organisation (its cells and members, with the cap) and the grade
 * distribution year over year, per cell and for the whole organisation; as data, .xlsx and PDF.
 */
@Service
public class GradeReports {

  /** An organisation's or a member's grade in a year. */
  public record Graded(
      long evaluationId,
      long id,
      String name,
      long cellId,
      String cellName,
      Grade grade,
      BigDecimal points,
      boolean removalReview) {}

  /** The grades of a yearly cycle, for the organisation asked for (a cell: just its own). */
  public record Grades(
      long organizationId,
      int year,
      long cycleId,
      Cap cap,
      List<Graded> organizations,
      List<Graded> members) {}

  /** How many were graded each way, and how many are not decided yet. */
  public record Counts(int excellent, int good, int completed, int notCompleted, int undecided) {

    public int total() {
      return excellent + good + completed + notCompleted + undecided;
    }

    Counts plus(Grade grade) {
      return new Counts(
          excellent + (grade == Grade.EXCELLENT ? 1 : 0),
          good + (grade == Grade.GOOD ? 1 : 0),
          completed + (grade == Grade.COMPLETED ? 1 : 0),
          notCompleted + (grade == Grade.NOT_COMPLETED ? 1 : 0),
          undecided + (grade == null ? 1 : 0));
    }

    static final Counts NONE = new Counts(0, 0, 0, 0, 0);
  }

  /** One year: the members' and the organisations' grades. */
  public record YearCounts(int year, Counts members, Counts organizations) {}

  /** One cell: its members' grades in each year of the report, in the report's order. */
  public record CellCounts(long cellId, String cellName, List<Counts> byYear) {}

  /** The grade distribution of an organisation over the years of its yearly cycles. */
  public record Distribution(
      long organizationId,
      String organizationName,
      int from,
      int to,
      List<YearCounts> years,
      List<CellCounts> cells) {}

  private final JdbcClient jdbc;
  private final Evaluations evaluations;
  private final Organizations organizations;
  private final ITemplateEngine templates;
  private final MessageSource messages;
  private final Clock clock;

  GradeReports(
      JdbcClient jdbc,
      Evaluations evaluations,
      Organizations organizations,
      ITemplateEngine templates,
      MessageSource messages,
      Clock clock) {
    this.jdbc = jdbc;
    this.evaluations = evaluations;
    this.organizations = organizations;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The grades decided in the organisation's yearly cycle; for a cell, the cycle of the grassroots
   * organisation it belonged to that year, limited to the cell.
   */
  @Transactional(readOnly = true)
  public Grades grades(long organizationId, int year, OrganizationScope scope) {
    requireYear(year);
    var organization = visible(organizationId, scope);
    LocalDate end = LocalDate.of(year, 12, 31);
    EvaluationCycle cycle = null;
    for (long id : organizations.selfAndAncestorsOn(organization.id(), end)) {
      var found = evaluations.yearCycle(id, year);
      if (found.isPresent()) {
        cycle = found.get();
        break;
      }
    }
    if (cycle == null) {
      throw new NotFoundException("evaluation.noCycle");
    }
    Long cell = cycle.organizationId() == organizationId ? null : organizationId;
    var members = new ArrayList<Graded>();
    var units = new ArrayList<Graded>();
    for (var e : evaluations.evaluations(cycle.id(), cell, scope)) {
      var decision = e.steps().get(Step.DECISION);
      (e.isMember() ? members : units)
          .add(
              new Graded(
                  e.id(),
                  e.isMember() ? e.memberId() : e.organizationId(),
                  e.name(),
                  e.cellId(),
                  e.cellName(),
                  e.decided(),
                  decision == null ? null : decision.total(),
                  e.removalReview()));
    }
    return new Grades(organizationId, year, cycle.id(), evaluations.cap(cycle), units, members);
  }

  /** The distribution of the organisation's yearly grades from one year to another. */
  @Transactional(readOnly = true)
  public Distribution distribution(long organizationId, int from, int to, OrganizationScope scope) {
    requireYear(from);
    requireYear(to);
    var organization = visible(organizationId, scope);
    FigurePlanning.forThisTransaction(jdbc);
    var years = new ArrayList<Integer>();
    for (int y = from; y <= to && years.size() < 50; y++) {
      years.add(y);
    }
    var memberCounts = new HashMap<Integer, Counts>();
    var organizationCounts = new HashMap<Integer, Counts>();
    var cellCounts = new HashMap<Long, Map<Integer, Counts>>();
    var cellNames = new java.util.LinkedHashMap<Long, String>();
    jdbc.sql(
            """
            select c.year, e.cell_id, e.member_id is not null as of_member, s.grade,
              organization_name_on(e.cell_id, c.period_to) as cell_name
            from evaluation_cycle c join evaluation e on e.cycle_id = c.id
            left join evaluation_step s on s.evaluation_id = e.id and s.step = 'DECISION'
            where c.period_kind = 'YEAR' and c.year between :from and :to
              and (c.organization_id = :org or e.cell_id = :org)
            order by cell_name, c.year
            """)
        .param("org", organization.id())
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              int year = rs.getInt("year");
              Grade grade =
                  rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade"));
              long cell = rs.getLong("cell_id");
              if (!scope.canSee(cell)) {
                return;
              }
              if (rs.getBoolean("of_member")) {
                memberCounts.merge(year, Counts.NONE.plus(grade), GradeReports::add);
                cellNames.putIfAbsent(cell, rs.getString("cell_name"));
                cellCounts
                    .computeIfAbsent(cell, k -> new HashMap<>())
                    .merge(year, Counts.NONE.plus(grade), GradeReports::add);
              } else if (cell != organization.id() || organization.isCell()) {
                organizationCounts.merge(year, Counts.NONE.plus(grade), GradeReports::add);
              }
            });
    return new Distribution(
        organization.id(),
        organization.name(),
        from,
        to,
        years.stream()
            .map(
                y ->
                    new YearCounts(
                        y,
                        memberCounts.getOrDefault(y, Counts.NONE),
                        organizationCounts.getOrDefault(y, Counts.NONE)))
            .toList(),
        cellNames.entrySet().stream()
            .map(
                c ->
                    new CellCounts(
                        c.getKey(),
                        c.getValue(),
                        years.stream()
                            .map(y -> cellCounts.get(c.getKey()).getOrDefault(y, Counts.NONE))
                            .toList()))
            .toList());
  }

  /** The distribution and the year-end list of the last year, as a workbook. */
  @Transactional(readOnly = true)
  public byte[] xlsx(
      long organizationId, int from, int to, OrganizationScope scope, Locale locale) {
    var distribution = distribution(organizationId, from, to, scope);
    var gradeHeadings =
        List.of(
            message(locale, "grade.EXCELLENT"),
            message(locale, "grade.GOOD"),
            message(locale, "grade.COMPLETED"),
            message(locale, "grade.NOT_COMPLETED"),
            message(locale, "grades.undecided"));
    var yearHeadings = new ArrayList<String>();
    yearHeadings.add(message(locale, "grades.year"));
    yearHeadings.add(message(locale, "grades.subject"));
    yearHeadings.addAll(gradeHeadings);
    var yearRows = new ArrayList<List<Object>>();
    for (var y : distribution.years()) {
      yearRows.add(row(y.year(), message(locale, "grades.members"), y.members()));
      yearRows.add(row(y.year(), message(locale, "grades.organizations"), y.organizations()));
    }
    var cellHeadings = new ArrayList<String>();
    cellHeadings.add(message(locale, "grades.cell"));
    cellHeadings.add(message(locale, "grades.year"));
    cellHeadings.addAll(gradeHeadings);
    var cellRows = new ArrayList<List<Object>>();
    for (var c : distribution.cells()) {
      for (int i = 0; i < distribution.years().size(); i++) {
        var counts = c.byYear().get(i);
        var row = new ArrayList<Object>(List.of(c.cellName(), distribution.years().get(i).year()));
        row.addAll(values(counts));
        cellRows.add(row);
      }
    }
    var tables = new ArrayList<Spreadsheet.Table>();
    tables.add(new Spreadsheet.Table(message(locale, "grades.byYear"), yearHeadings, yearRows));
    tables.add(new Spreadsheet.Table(message(locale, "grades.byCell"), cellHeadings, cellRows));
    listOf(organizationId, to, scope, locale).ifPresent(tables::add);
    return Spreadsheet.xlsx(tables);
  }

  private java.util.Optional<Spreadsheet.Table> listOf(
      long organizationId, int year, OrganizationScope scope, Locale locale) {
    Grades grades;
    try {
      grades = grades(organizationId, year, scope);
    } catch (NotFoundException e) {
      return java.util.Optional.empty();
    }
    var rows = new ArrayList<List<Object>>();
    int n = 1;
    for (var g : grades.members()) {
      rows.add(
          java.util.Arrays.asList(
              n++,
              g.name(),
              g.cellName(),
              g.grade() == null ? "" : gradeName(locale, g.grade()),
              g.points(),
              g.removalReview() ? message(locale, "grades.removalReview") : ""));
    }
    return java.util.Optional.of(
        new Spreadsheet.Table(
            message(locale, "grades.list", year),
            List.of(
                message(locale, "grades.number"),
                message(locale, "members.name"),
                message(locale, "grades.cell"),
                message(locale, "grades.grade"),
                message(locale, "grades.points"),
                message(locale, "grades.note")),
            rows));
  }

  /** The same as a printable A4 PDF. */
  @Transactional(readOnly = true)
  public byte[] pdf(long organizationId, int from, int to, OrganizationScope scope, Locale locale) {
    var context = new Context(locale);
    context.setVariable("css", Pdf.stylesheet("a4.css"));
    context.setVariable("distribution", distribution(organizationId, from, to, scope));
    Grades grades;
    try {
      grades = grades(organizationId, to, scope);
    } catch (NotFoundException e) {
      grades = null;
    }
    context.setVariable("grades", grades);
    context.setVariable(
        "printedOn", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    return Pdf.render(templates.process("evaluations/report-print", context));
  }

  private static void requireYear(int year) {
    if (year < 1930 || year > 2200) {
      throw new vn.dangbo.shared.RefusedException("evaluation.refused.period");
    }
  }

  private OrganizationNode visible(long organizationId, OrganizationScope scope) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    return organizations
        .findLatest(organizationId, scope)
        .orElseThrow(() -> new NotFoundException("organization.notFound"));
  }

  private static List<Object> row(int year, String subject, Counts counts) {
    var row = new ArrayList<Object>(List.of(year, subject));
    row.addAll(values(counts));
    return row;
  }

  private static List<Object> values(Counts c) {
    return List.of(c.excellent(), c.good(), c.completed(), c.notCompleted(), c.undecided());
  }

  private static Counts add(Counts a, Counts b) {
    return new Counts(
        a.excellent() + b.excellent(),
        a.good() + b.good(),
        a.completed() + b.completed(),
        a.notCompleted() + b.notCompleted(),
        a.undecided() + b.undecided());
  }

  private String gradeName(Locale locale, Grade grade) {
    return messages.getMessage(grade.label(), locale);
  }

  private String message(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args, locale);
  }
}
