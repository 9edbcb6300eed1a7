package vn.dangbo.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.development.QuotaProgress;
import vn.dangbo.documents.Downloads;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.reports.Chart;
import vn.dangbo.reports.Dashboard;
import vn.dangbo.reports.Dashboards;

/**
 * The dashboard of an organisation on a day: the page draws each figure as a small SVG chart with
 * its table; the API gives the same figures as JSON.
 */
@Controller
class DashboardPages {

  private final Dashboards dashboards;
  private final MessageSource messages;
  private final ITemplateEngine templates;
  private final Clock clock;

  DashboardPages(
      Dashboards dashboards, MessageSource messages, ITemplateEngine templates, Clock clock) {
    this.dashboards = dashboards;
    this.templates = templates;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/api/v1/organizations/{id}/dashboard")
  @ResponseBody
  Dashboard api(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) LocalDate since,
      OrganizationScope scope) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    return dashboards.of(id, day, since == null ? day.withDayOfYear(1) : since, scope);
  }

  @GetMapping("/organizations/{id}/dashboard")
  String page(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) LocalDate since,
      OrganizationScope scope,
      Locale locale,
      Model model) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    LocalDate from = since == null ? day.withDayOfYear(1) : since;
    model.addAttribute("dashboard", dashboards.of(id, day, from, scope));
    model.addAttribute(
        "chartsHtml",
        dashboards.drawn(
            id,
            day,
            from,
            scope,
            locale,
            d ->
                templates.process(
                    "reports/dashboard-charts",
                    Set.of("charts"),
                    new Context(locale, Map.of("charts", charts(d, locale))))));
    return "reports/dashboard";
  }

  /** The same figures as a workbook: one sheet per chart, with the table the page shows. */
  @GetMapping("/organizations/{id}/dashboard.xlsx")
  ResponseEntity<byte[]> xlsx(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) LocalDate since,
      OrganizationScope scope,
      Locale locale) {
    var dashboard = api(id, on, since, scope);
    String total = text(locale, "chart.total");
    var tables = charts(dashboard, locale).values().stream().map(c -> c.table(total)).toList();
    return Downloads.attachment(
        Spreadsheet.xlsx(tables),
        Downloads.XLSX,
        "tong-quan-" + dashboard.organizationId() + "-" + dashboard.on() + ".xlsx");
  }

  /**
   * A chart's rows: one per cell, or, when the dashboard has units (above a commune), one per unit
   * with the values of its cells added up part by part.
   */
  static <T> List<Chart.Row> rows(
      Dashboard d, List<T> cells, ToLongFunction<T> cellId, Function<T, Chart.Row> row) {
    if (d.units().isEmpty()) {
      return cells.stream().map(row).toList();
    }
    var unitOfCell = new HashMap<Long, Integer>();
    for (int u = 0; u < d.units().size(); u++) {
      for (long cell : d.units().get(u).cellIds()) {
        unitOfCell.put(cell, u);
      }
    }
    var sums = new int[d.units().size()][];
    for (var cell : cells) {
      Integer unit = unitOfCell.get(cellId.applyAsLong(cell));
      if (unit != null) {
        var values = row.apply(cell).values();
        if (sums[unit] == null) {
          sums[unit] = new int[values.size()];
        }
        for (int i = 0; i < values.size(); i++) {
          sums[unit][i] += values.get(i);
        }
      }
    }
    var rows = new ArrayList<Chart.Row>();
    for (int u = 0; u < sums.length; u++) {
      if (sums[u] != null) {
        rows.add(
            new Chart.Row(
                d.units().get(u).name(), java.util.Arrays.stream(sums[u]).boxed().toList()));
      }
    }
    return rows;
  }

  /** The dashboard's charts, titled and labelled in the reader's language. */
  private Map<String, Chart> charts(Dashboard d, Locale locale) {
    var charts = new java.util.LinkedHashMap<String, Chart>();
    var m = d.members();
    charts.put(
        "status",
        Chart.bars(
            "chart-status",
            text(locale, "dashboard.members"),
            List.of(
                row(text(locale, "memberStatus.OFFICIAL"), m.official()),
                row(text(locale, "memberStatus.PROBATIONARY"), m.probationary()),
                row(text(locale, "summary.women"), m.women()))));
    charts.put(
        "ethnicity",
        bars(
            "chart-ethnicity", text(locale, "dashboard.byEthnicity"), m.byEthnicity(), locale, ""));
    charts.put(
        "age",
        bars("chart-age", text(locale, "dashboard.byAge"), m.byAgeBand(), locale, "ageBand."));
    charts.put(
        "education",
        bars(
            "chart-education",
            text(locale, "dashboard.byEducation"),
            m.byEducation(),
            locale,
            "education."));
    boolean byUnit = !d.units().isEmpty();
    charts.put(
        "cells",
        Chart.stacked(
            "chart-cells",
            text(locale, byUnit ? "dashboard.byUnit" : "dashboard.byCell"),
            List.of(
                text(locale, "memberStatus.OFFICIAL"), text(locale, "memberStatus.PROBATIONARY")),
            rows(
                d,
                d.cells(),
                Dashboard.CellMembers::cellId,
                c -> new Chart.Row(c.cellName(), List.of(c.official(), c.probationary())))));
    charts.put(
        "pipeline",
        Chart.bars(
            "chart-pipeline",
            text(locale, "dashboard.pipeline"),
            d.pipeline().entrySet().stream()
                .map(e -> row(text(locale, "stage." + e.getKey().name()), e.getValue()))
                .toList()));
    var f = d.funnel();
    charts.put(
        "funnel",
        Chart.funnel(
            "chart-funnel",
            text(locale, "dashboard.funnel"),
            List.of(
                row(text(locale, "funnel.sources"), f.sources()),
                row(text(locale, "funnel.outstanding"), f.outstanding()),
                row(text(locale, "funnel.sympathisers"), f.sympathisers()),
                row(text(locale, "funnel.course"), f.course()),
                row(text(locale, "funnel.admitted"), f.admitted()),
                row(text(locale, "funnel.official"), f.official()))));
    charts.put(
        "quotas",
        Chart.stacked(
            "chart-quotas",
            text(locale, "dashboard.quotas"),
            List.of(text(locale, "dashboard.admitted"), text(locale, "dashboard.toGo")),
            rows(
                d,
                d.quotas(),
                QuotaProgress::cellId,
                q ->
                    new Chart.Row(
                        q.cellName(),
                        List.of(q.admitted(), Math.max(0, q.target() - q.admitted()))))));
    var years = d.coverage().stream().map(c -> String.valueOf(c.year())).toList();
    charts.put(
        "coverage",
        Chart.line(
            "chart-coverage",
            text(locale, "dashboard.coverage"),
            List.of(
                text(locale, "summary.placesWithoutCell"),
                text(locale, "summary.placesWithoutMembers")),
            years,
            List.of(
                new Chart.Row(
                    text(locale, "summary.placesWithoutCell"),
                    d.coverage().stream().map(Dashboard.CoverageYear::withoutCell).toList()),
                new Chart.Row(
                    text(locale, "summary.placesWithoutMembers"),
                    d.coverage().stream().map(Dashboard.CoverageYear::withoutMembers).toList()))));
    charts.put(
        "meetings",
        Chart.stacked(
            "chart-meetings",
            text(locale, byUnit ? "dashboard.meetingsByUnit" : "dashboard.meetings"),
            List.of(text(locale, "dashboard.monthsMet"), text(locale, "dashboard.monthsMissed")),
            rows(
                d,
                d.meetings(),
                Dashboard.CellMeetings::cellId,
                c ->
                    new Chart.Row(
                        c.cellName(), List.of(c.monthsMet(), c.monthsSoFar() - c.monthsMet())))));
    charts.put(
        "grades",
        Chart.stacked(
            "chart-grades",
            text(locale, "dashboard.grades"),
            List.of(
                text(locale, "grade.EXCELLENT"),
                text(locale, "grade.GOOD"),
                text(locale, "grade.COMPLETED"),
                text(locale, "grade.NOT_COMPLETED")),
            d.grades().years().stream()
                .filter(y -> y.members().total() > 0)
                .map(
                    y ->
                        new Chart.Row(
                            String.valueOf(y.year()),
                            List.of(
                                y.members().excellent(),
                                y.members().good(),
                                y.members().completed(),
                                y.members().notCompleted())))
                .toList()));
    return charts;
  }

  private Chart bars(
      String id, String title, Map<String, Integer> values, Locale locale, String prefix) {
    var rows = new ArrayList<Chart.Row>();
    values.forEach((k, v) -> rows.add(row(prefix.isEmpty() ? k : text(locale, prefix + k), v)));
    return Chart.bars(id, title, rows);
  }

  private static Chart.Row row(String label, int value) {
    return new Chart.Row(label, List.of(value));
  }

  private String text(Locale locale, String code) {
    return messages.getMessage(code, null, code, locale);
  }
}
