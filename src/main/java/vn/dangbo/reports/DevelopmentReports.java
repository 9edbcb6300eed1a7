package vn.dangbo.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.development.DueDates;
import vn.dangbo.development.Funnel;
import vn.dangbo.development.QuotaProgress;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;

/**
 * The development pages as reports, so each can be downloaded like any other: {@code funnel} (the
 * results step by step in the period), {@code quotas} (the year of the period's end) and {@code
 * candidates} (everyone still in development on the board, with their next due date).
 */
@Component
class DevelopmentReports {

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DevelopmentFigures figures;
  private final Candidates candidates;
  private final DueDates dueDates;
  private final UnitSummaries summaries;
  private final MessageSource messages;
  private final Clock clock;

  DevelopmentReports(
      DevelopmentFigures figures,
      Candidates candidates,
      DueDates dueDates,
      UnitSummaries summaries,
      MessageSource messages,
      Clock clock) {
    this.figures = figures;
    this.candidates = candidates;
    this.dueDates = dueDates;
    this.summaries = summaries;
    this.messages = messages;
    this.clock = clock;
  }

  Report funnel(
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    var f = figures.funnel(organization.id(), from, to, scope);
    var tables = new ArrayList<Spreadsheet.Table>();
    tables.add(funnelSteps(f, locale));
    tables.add(
        courseAndAdmitted(
            text(locale, "funnel.byCategory"),
            f.courseByCategory(),
            f.admittedByCategory(),
            "category.",
            locale));
    tables.add(
        courseAndAdmitted(
            text(locale, "funnel.byEthnicity"),
            f.courseByEthnicity(),
            f.admittedByEthnicity(),
            "",
            locale));
    tables.add(
        courseAndAdmitted(
            text(locale, "funnel.bySex"), f.courseBySex(), f.admittedBySex(), "sex.", locale));
    var values = new LinkedHashMap<String, Integer>();
    values.put("sources", f.sources());
    values.put("outstanding", f.outstanding());
    values.put("sympathisers", f.sympathisers());
    values.put("course", f.course());
    values.put("admitted", f.admitted());
    values.put("official", f.official());
    return report("funnel", organization, from, to, values, tables, locale);
  }

  Report quotas(
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    var quotas = figures.quotas(organization.id(), to.getYear(), scope);
    var values = new LinkedHashMap<String, Integer>();
    values.put("target", quotas.stream().mapToInt(QuotaProgress::target).sum());
    values.put("admitted", quotas.stream().mapToInt(QuotaProgress::admitted).sum());
    values.put("atRisk", (int) quotas.stream().filter(QuotaProgress::atRisk).count());
    return report(
        "quotas", organization, from, to, values, List.of(quotaTable(quotas, locale)), locale);
  }

  Report candidates(
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    var cells = new TreeSet<>(summaries.cellsOf(organization, to));
    LocalDate today = LocalDate.now(clock);
    var rows = new ArrayList<List<Object>>();
    for (var c : candidates.of(null, false, scope)) {
      if (!cells.contains(c.person().cellId())) {
        continue;
      }
      var due = dueDates.of(c, today).stream().findFirst();
      rows.add(
          java.util.Arrays.asList(
              c.fullName(),
              c.cellName(),
              text(locale, "stage." + c.stage()),
              c.stageSince(),
              due.map(d -> text(locale, d.what(), d.by().format(DAY))).orElse("")));
    }
    var table =
        new Spreadsheet.Table(
            text(locale, "report.candidates.sheet"),
            List.of(
                text(locale, "members.fullName"),
                text(locale, "members.cell"),
                text(locale, "report.candidates.stage"),
                text(locale, "report.candidates.since"),
                text(locale, "report.candidates.due")),
            rows);
    return report(
        "candidates",
        organization,
        from,
        to,
        Map.of("candidates", rows.size()),
        List.of(table),
        locale);
  }

  /** The results step by step, a row per step. */
  Spreadsheet.Table funnelSteps(Funnel f, Locale locale) {
    return new Spreadsheet.Table(
        text(locale, "dashboard.funnel"),
        List.of("", text(locale, "chart.total")),
        List.of(
            List.of(text(locale, "funnel.sources"), f.sources()),
            List.of(text(locale, "funnel.outstanding"), f.outstanding()),
            List.of(text(locale, "funnel.sympathisers"), f.sympathisers()),
            List.of(text(locale, "funnel.course"), f.course()),
            List.of(text(locale, "funnel.admitted"), f.admitted()),
            List.of(text(locale, "funnel.official"), f.official())));
  }

  /** Each cell's quota against its progress. */
  Spreadsheet.Table quotaTable(List<QuotaProgress> quotas, Locale locale) {
    return new Spreadsheet.Table(
        text(locale, "dashboard.quotas"),
        List.of(
            text(locale, "grades.cell"),
            text(locale, "quota.target"),
            text(locale, "quota.admitted"),
            text(locale, "quota.inPipeline"),
            text(locale, "quota.state")),
        quotas.stream()
            .map(
                q ->
                    List.<Object>of(
                        q.cellName(),
                        q.target(),
                        q.admitted(),
                        q.inPipeline(),
                        text(
                            locale,
                            q.admitted() >= q.target()
                                ? "quota.reached"
                                : q.atRisk() ? "quota.atRisk" : "quota.onTrack")))
            .toList());
  }

  private Spreadsheet.Table courseAndAdmitted(
      String name,
      Map<String, Integer> course,
      Map<String, Integer> admitted,
      String prefix,
      Locale locale) {
    var keys = new java.util.LinkedHashSet<>(course.keySet());
    keys.addAll(admitted.keySet());
    var rows = new ArrayList<List<Object>>();
    for (var key : keys) {
      rows.add(
          List.of(
              prefix.isEmpty() ? key : text(locale, prefix + key),
              course.getOrDefault(key, 0),
              admitted.getOrDefault(key, 0)));
    }
    return new Spreadsheet.Table(
        name, List.of("", text(locale, "funnel.course"), text(locale, "funnel.admitted")), rows);
  }

  private Report report(
      String name,
      OrganizationNode organization,
      LocalDate from,
      LocalDate to,
      Map<String, Integer> values,
      List<Spreadsheet.Table> tables,
      Locale locale) {
    return new Report(
        name,
        text(locale, "report." + name),
        organization.id(),
        organization.name(),
        from,
        to,
        values,
        tables,
        List.of());
  }

  private String text(Locale locale, String code, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }
}
