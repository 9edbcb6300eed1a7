package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;

/** The dashboard as a report: its figures as tables, for the workbook and the printed page. */
@Service
class DashboardReport {

  private final Dashboards dashboards;
  private final DevelopmentReports developmentReports;
  private final MessageSource messages;

  DashboardReport(
      Dashboards dashboards, DevelopmentReports developmentReports, MessageSource messages) {
    this.dashboards = dashboards;
    this.developmentReports = developmentReports;
    this.messages = messages;
  }

  Report of(
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    var d = dashboards.of(organization.id(), to, from, scope);
    String count = text(locale, "chart.total");
    var tables = new ArrayList<Spreadsheet.Table>();
    tables.add(
        pairs(
            text(locale, "dashboard.members"),
            count,
            List.of(
                List.of(text(locale, "summary.membersTotal"), d.members().total()),
                List.of(text(locale, "memberStatus.OFFICIAL"), d.members().official()),
                List.of(text(locale, "memberStatus.PROBATIONARY"), d.members().probationary()),
                List.of(text(locale, "summary.women"), d.members().women()))));
    tables.add(
        map(text(locale, "dashboard.byEthnicity"), count, d.members().byEthnicity(), locale, ""));
    tables.add(
        map(text(locale, "dashboard.byAge"), count, d.members().byAgeBand(), locale, "ageBand."));
    tables.add(
        map(
            text(locale, "dashboard.byEducation"),
            count,
            d.members().byEducation(),
            locale,
            "education."));
    tables.add(
        new Spreadsheet.Table(
            text(locale, "dashboard.byCell"),
            List.of(
                text(locale, "grades.cell"),
                text(locale, "memberStatus.OFFICIAL"),
                text(locale, "memberStatus.PROBATIONARY"),
                text(locale, "summary.women"),
                count),
            d.cells().stream()
                .map(
                    c ->
                        List.<Object>of(
                            c.cellName(), c.official(), c.probationary(), c.women(), c.total()))
                .toList()));
    var pipeline = new LinkedHashMap<String, Integer>();
    d.pipeline().forEach((stage, n) -> pipeline.put(stage.name(), n));
    tables.add(map(text(locale, "dashboard.pipeline"), count, pipeline, locale, "stage."));
    var f = d.funnel();
    tables.add(developmentReports.funnelSteps(f, locale));
    tables.add(developmentReports.quotaTable(d.quotas(), locale));
    tables.add(
        new Spreadsheet.Table(
            text(locale, "dashboard.coverageHeading"),
            List.of(
                text(locale, "grades.year"),
                text(locale, "report.dev.places"),
                text(locale, "summary.placesWithoutCell"),
                text(locale, "summary.placesWithoutMembers")),
            d.coverage().stream()
                .map(
                    c -> List.<Object>of(c.year(), c.places(), c.withoutCell(), c.withoutMembers()))
                .toList()));
    tables.add(
        new Spreadsheet.Table(
            text(locale, "dashboard.meetings"),
            List.of(
                text(locale, "grades.cell"),
                text(locale, "dashboard.monthsMet"),
                text(locale, "report.monthsSoFar"),
                text(locale, "report.attendance")),
            d.meetings().stream()
                .map(
                    m ->
                        Arrays.<Object>asList(
                            m.cellName(), m.monthsMet(), m.monthsSoFar(), m.attendancePercent()))
                .toList()));
    var figures = new LinkedHashMap<String, Integer>();
    figures.put("members", d.members().total());
    figures.put("cells", d.cells().size());
    figures.put("admitted", f.admitted());
    return new Report(
        "dashboard",
        text(locale, "dashboard.title"),
        organization.id(),
        organization.name(),
        from,
        to,
        figures,
        tables,
        List.of());
  }

  private static Spreadsheet.Table pairs(String name, String count, List<List<Object>> rows) {
    return new Spreadsheet.Table(name, List.of("", count), rows);
  }

  private Spreadsheet.Table map(
      String name, String count, Map<String, Integer> values, Locale locale, String prefix) {
    var rows = new ArrayList<List<Object>>();
    values.forEach((k, v) -> rows.add(List.of(prefix.isEmpty() ? k : text(locale, prefix + k), v)));
    return pairs(name, count, rows);
  }

  private String text(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }
}
