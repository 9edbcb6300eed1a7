package vn.dangbo.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.documents.Pdf;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.evaluations.GradeReports;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The named reports: {@code member-statistics} (the member count and its changes, laid out by
 * {@code reports/member-statistics.tsv}, which can be corrected without touching code), {@code
 * development-work} (the article's figures), {@code grades} and {@code dashboard} (every table of
 * the dashboard); each as data, .xlsx or PDF.
 */
@Service
public class Reports {

  /** The reports there are, in the order the reports page lists them. */
  public static final List<String> NAMES =
      List.of(
          "member-statistics",
          "development-work",
          "candidates",
          "funnel",
          "quotas",
          "meeting-compliance",
          "grades",
          "dashboard");

  private static final String HMONG = "Mông";
  private static final String KINH = "Kinh";

  private final Organizations organizations;
  private final MemberStatistics members;
  private final vn.dangbo.members.MemberFlows memberFlows;
  private final DevelopmentFigures development;
  private final UnitSummaries summaries;
  private final GradeReports grades;
  private final DashboardReport dashboardReport;
  private final vn.dangbo.meetings.MeetingCompliance compliance;
  private final DevelopmentReports developmentReports;
  private final MessageSource messages;
  private final ITemplateEngine templates;
  private final Clock clock;

  Reports(
      Organizations organizations,
      MemberStatistics members,
      vn.dangbo.members.MemberFlows memberFlows,
      DevelopmentFigures development,
      UnitSummaries summaries,
      GradeReports grades,
      DashboardReport dashboardReport,
      vn.dangbo.meetings.MeetingCompliance compliance,
      DevelopmentReports developmentReports,
      MessageSource messages,
      ITemplateEngine templates,
      Clock clock) {
    this.organizations = organizations;
    this.members = members;
    this.memberFlows = memberFlows;
    this.development = development;
    this.summaries = summaries;
    this.grades = grades;
    this.dashboardReport = dashboardReport;
    this.compliance = compliance;
    this.developmentReports = developmentReports;
    this.messages = messages;
    this.templates = templates;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Report run(
      String name,
      long organizationId,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    if (from == null || to == null || from.isAfter(to)) {
      throw new RefusedException("report.refused.period");
    }
    var organization =
        organizations
            .findOn(organizationId, to, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    return switch (name) {
      case "member-statistics" -> memberStatistics(organization, from, to, locale);
      case "development-work" -> developmentWork(organization, from, to, scope, locale);
      case "grades" -> grades(organization, from, to, scope, locale);
      case "meeting-compliance" -> meetingCompliance(organization, to, scope, locale);
      case "dashboard" -> dashboardReport.of(organization, from, to, scope, locale);
      case "candidates" -> developmentReports.candidates(organization, from, to, scope, locale);
      case "funnel" -> developmentReports.funnel(organization, from, to, scope, locale);
      case "quotas" -> developmentReports.quotas(organization, from, to, scope, locale);
      default -> throw new NotFoundException("report.notFound");
    };
  }

  /** The report as a workbook: one sheet per table. */
  public byte[] xlsx(Report report) {
    return Spreadsheet.xlsx(report.tables());
  }

  /** The report on A4 paper, with the organisation's name, the date printed and page numbers. */
  public byte[] pdf(Report report, Locale locale) {
    var context = new Context(locale);
    context.setVariable("css", Pdf.stylesheet("a4.css"));
    context.setVariable("report", report);
    context.setVariable(
        "printedOn", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    return Pdf.render(templates.process("reports/report-print", context));
  }

  private Report memberStatistics(
      OrganizationNode organization, LocalDate from, LocalDate to, Locale locale) {
    var cells = summaries.cellsOf(organization, to);
    var opening = members.of(cells, from.minusDays(1));
    var closing = members.of(cells, to);
    var flows = memberFlows.flows(cells, from, to);
    var figures = new LinkedHashMap<String, Integer>();
    figures.put("opening", opening.total());
    figures.put("in.total", flows.in());
    figures.put("in.admitted", flows.admitted());
    figures.put("in.readmitted", flows.readmitted());
    figures.put("in.transferredIn", flows.transferredIn());
    figures.put("in.movedIn", flows.movedIn());
    figures.put("in.recordedIn", flows.recordedIn());
    figures.put("out.total", flows.out());
    figures.put("out.deceased", flows.deceased());
    figures.put("out.removed", flows.removed());
    figures.put("out.expelled", flows.expelled());
    figures.put("out.transferredOut", flows.transferredOut());
    figures.put("out.movedOut", flows.movedOut());
    figures.put("out.otherOut", flows.otherOut());
    MemberStatisticsLayout.closingFigures(closing, figures);
    figures.put("recognised", flows.recognised());
    var rows = new ArrayList<List<Object>>();
    for (var line : MemberStatisticsLayout.layout()) {
      rows.add(
          Arrays.asList(
              line[0], line[1], line[2].isEmpty() ? null : figures.getOrDefault(line[2], 0)));
    }
    return new Report(
        "member-statistics",
        text(locale, "report.member-statistics"),
        organization.id(),
        organization.name(),
        from,
        to,
        figures,
        List.of(
            new Spreadsheet.Table(
                text(locale, "report.member-statistics.sheet"),
                List.of(
                    text(locale, "report.number"),
                    text(locale, "report.item"),
                    text(locale, "report.count")),
                rows)),
        List.of(text(locale, "report.member-statistics.note")));
  }

  private Report developmentWork(
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    var summary = summaries.of(organization.id(), to, scope);
    var funnel = development.funnel(organization.id(), from, to, scope);
    int total = summary.members().total();
    int hmong = summary.members().byEthnicity().getOrDefault(HMONG, 0);
    var figures = new LinkedHashMap<String, Integer>();
    figures.put("cells", summary.cells());
    figures.put("members", total);
    figures.put("hmong", hmong);
    figures.put("hmongPercent", total == 0 ? 0 : Math.round(hmong * 100f / total));
    figures.put("course", funnel.course());
    figures.put("admitted", funnel.admitted());
    figures.put("official", funnel.official());
    figures.put("places", summary.coverage().total());
    figures.put("placesWithoutCell", summary.coverage().withoutCell());
    figures.put("placesWithoutMembers", summary.placesWithoutMembers().size());
    String since = from.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    var rows = new ArrayList<List<Object>>();
    rows.add(List.of(text(locale, "report.dev.cells"), figures.get("cells")));
    rows.add(List.of(text(locale, "report.dev.members"), total));
    rows.add(List.of(text(locale, "report.dev.hmong"), hmong));
    rows.add(List.of(text(locale, "report.dev.hmongPercent"), figures.get("hmongPercent")));
    rows.add(List.of(text(locale, "report.dev.course", since), funnel.course()));
    rows.add(List.of(text(locale, "report.dev.admitted", since), funnel.admitted()));
    rows.add(List.of(text(locale, "report.dev.official", since), funnel.official()));
    rows.add(List.of(text(locale, "report.dev.places"), summary.coverage().total()));
    rows.add(
        List.of(text(locale, "report.dev.placesWithoutCell"), summary.coverage().withoutCell()));
    rows.add(
        List.of(
            text(locale, "report.dev.placesWithoutMembers"),
            summary.placesWithoutMembers().size()));
    var places = new ArrayList<List<Object>>();
    summary
        .placesWithoutMembers()
        .forEach(p -> places.add(List.of(p.name(), text(locale, "placeKind." + p.kind()))));
    return new Report(
        "development-work",
        text(locale, "report.development-work"),
        organization.id(),
        organization.name(),
        from,
        to,
        figures,
        List.of(
            new Spreadsheet.Table(
                text(locale, "report.development-work.sheet"),
                List.of(text(locale, "report.item"), text(locale, "report.count")),
                rows),
            new Spreadsheet.Table(
                text(locale, "summary.placesWithoutMembers"),
                List.of(text(locale, "report.place"), text(locale, "report.placeKind")),
                places)),
        List.of());
  }

  private Report grades(
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    var distribution = grades.distribution(organization.id(), from.getYear(), to.getYear(), scope);
    var headings =
        List.of(
            text(locale, "grades.year"),
            text(locale, "grades.subject"),
            text(locale, "grade.EXCELLENT"),
            text(locale, "grade.GOOD"),
            text(locale, "grade.COMPLETED"),
            text(locale, "grade.NOT_COMPLETED"),
            text(locale, "grades.undecided"));
    var rows = new ArrayList<List<Object>>();
    var figures = new LinkedHashMap<String, Integer>();
    for (var y : distribution.years()) {
      rows.add(counts(y.year(), text(locale, "grades.members"), y.members()));
      rows.add(counts(y.year(), text(locale, "grades.organizations"), y.organizations()));
      figures.put(y.year() + ".members.excellent", y.members().excellent());
      figures.put(y.year() + ".members.good", y.members().good());
      figures.put(y.year() + ".members.completed", y.members().completed());
      figures.put(y.year() + ".members.notCompleted", y.members().notCompleted());
    }
    return new Report(
        "grades",
        text(locale, "grades.report"),
        organization.id(),
        organization.name(),
        from,
        to,
        figures,
        List.of(new Spreadsheet.Table(text(locale, "grades.byYear"), headings, rows)),
        List.of());
  }

  /** The year of the period's last day, cell by cell and month by month, and the flags. */
  private Report meetingCompliance(
      OrganizationNode organization, LocalDate to, OrganizationScope scope, Locale locale) {
    var c = compliance.of(organization.id(), to.getYear(), scope);
    var headings = new ArrayList<String>();
    headings.add(text(locale, "grades.cell"));
    for (int month = 1; month <= 12; month++) {
      headings.add(text(locale, "report.month", month));
    }
    headings.add(text(locale, "report.thematicQuarters"));
    var rows = new ArrayList<List<Object>>();
    for (var cell : c.cells()) {
      var row = new ArrayList<Object>();
      row.add(cell.cellName());
      for (var month : cell.months()) {
        row.add(
            month.regular() == 0
                ? "–"
                : month.attendancePercent() == null ? "✓" : month.attendancePercent() + "%");
      }
      row.add((int) cell.thematicByQuarter().stream().filter(Boolean::booleanValue).count());
      rows.add(row);
    }
    var flags = new ArrayList<List<Object>>();
    c.unexcused()
        .forEach(
            f ->
                flags.add(
                    List.of(
                        f.fullName(), f.cellName(), text(locale, "meeting.unexcused"), f.count())));
    c.excusedInRow()
        .forEach(
            f ->
                flags.add(
                    List.of(
                        f.fullName(),
                        f.cellName(),
                        text(locale, "meeting.excusedInRow", c.maxExcusedInRow()),
                        f.count())));
    var inCharge = new ArrayList<List<Object>>();
    c.inCharge().forEach(i -> inCharge.add(List.of(i.fullName(), i.attended(), i.meetings())));
    var figures = new LinkedHashMap<String, Integer>();
    figures.put("cells", c.cells().size());
    figures.put(
        "monthsWithoutRegular",
        (int)
            c.cells().stream()
                .mapToLong(cell -> cell.monthsWithoutRegular(to.getMonthValue()))
                .sum());
    return new Report(
        "meeting-compliance",
        text(locale, "meeting.complianceYear", String.valueOf(to.getYear())),
        organization.id(),
        organization.name(),
        LocalDate.of(to.getYear(), 1, 1),
        to,
        figures,
        List.of(
            new Spreadsheet.Table(text(locale, "report.meetingsByMonth"), headings, rows),
            new Spreadsheet.Table(
                text(locale, "report.absences"),
                List.of(
                    text(locale, "members.name"),
                    text(locale, "grades.cell"),
                    text(locale, "report.item"),
                    text(locale, "report.count")),
                flags),
            new Spreadsheet.Table(
                text(locale, "meeting.inCharge"),
                List.of(
                    text(locale, "members.name"),
                    text(locale, "report.attended"),
                    text(locale, "report.held")),
                inCharge)),
        List.of(text(locale, "meeting.grid.hint", c.minPercent())));
  }

  private static List<Object> counts(int year, String subject, GradeReports.Counts c) {
    return List.of(
        year, subject, c.excellent(), c.good(), c.completed(), c.notCompleted(), c.undecided());
  }

  private String text(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }
}
