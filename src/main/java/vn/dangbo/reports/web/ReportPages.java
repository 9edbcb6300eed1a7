package vn.dangbo.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.reports.Report;
import vn.dangbo.reports.Reports;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** The named reports: chosen on a page, read on screen, taken as .xlsx or PDF, or as JSON. */
@Controller
class ReportPages {

  private final Reports reports;
  private final Organizations organizations;
  private final Clock clock;

  ReportPages(Reports reports, Organizations organizations, Clock clock) {
    this.reports = reports;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping("/reports")
  String index(OrganizationScope scope, Model model) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("names", Reports.NAMES);
    model.addAttribute("organizations", organizations.treeOn(today, scope));
    model.addAttribute("from", today.withDayOfYear(1));
    model.addAttribute("to", today);
    return "reports/index";
  }

  /** The report form's target: on to the chosen report's own address. */
  @GetMapping("/reports/show")
  String show(
      @RequestParam String name,
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    if (!Reports.NAMES.contains(name)) {
      throw new NotFoundException("report.notFound");
    }
    return "redirect:"
        + org.springframework.web.util.UriComponentsBuilder.fromPath("/reports/" + name)
            .queryParamIfPresent("organization", java.util.Optional.ofNullable(organization))
            .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
            .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
            .toUriString();
  }

  @GetMapping("/reports/{name}")
  String view(
      @PathVariable String name,
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      OrganizationScope scope,
      Locale locale,
      Model model) {
    model.addAttribute("report", run(name, organization, from, to, scope, locale));
    return "reports/report";
  }

  @GetMapping({"/reports/{name}/{format:json|xlsx|pdf}", "/api/v1/reports/{name}"})
  @ResponseBody
  ResponseEntity<?> file(
      @PathVariable String name,
      @PathVariable(required = false) String format,
      @RequestParam(name = "format", required = false) String formatParameter,
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    String chosen = format != null ? format : formatParameter == null ? "json" : formatParameter;
    var report = run(name, organization, from, to, scope, locale);
    String fileName = report.name() + "-" + report.organizationId() + "-" + report.to();
    return switch (chosen) {
      case "json" -> ResponseEntity.ok(report);
      case "xlsx" -> Downloads.attachment(reports.xlsx(report), Downloads.XLSX, fileName + ".xlsx");
      case "pdf" ->
          Downloads.attachment(
              reports.pdf(report, locale), MediaType.APPLICATION_PDF, fileName + ".pdf");
      default -> throw new RefusedException("report.refused.format");
    };
  }

  private Report run(
      String name,
      Long organization,
      LocalDate from,
      LocalDate to,
      OrganizationScope scope,
      Locale locale) {
    LocalDate last = to == null ? LocalDate.now(clock) : to;
    LocalDate first = from == null ? last.withDayOfYear(1) : from;
    long chosen = scope.orOwnUnit(organization);
    return reports.run(name, chosen, first, last, scope, locale);
  }
}
