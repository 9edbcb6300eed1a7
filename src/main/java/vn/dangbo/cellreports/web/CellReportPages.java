package vn.dangbo.cellreports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.cellreports.CellMonthlyReports;
import vn.dangbo.cellreports.CommuneMonthlyDocument;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/**
 * Báo cáo tháng của chi bộ: a cell's report of a month (write, submit; accept or return for the
 * commune office), the commune's grid of the year, and the commune's report of a month as Word or
 * PDF.
 */
@Controller
class CellReportPages {

  private final CellMonthlyReports reports;
  private final CommuneMonthlyDocument document;
  private final Organizations organizations;
  private final Clock clock;

  CellReportPages(
      CellMonthlyReports reports,
      CommuneMonthlyDocument document,
      Organizations organizations,
      Clock clock) {
    this.reports = reports;
    this.document = document;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** A cell's report (the user's first cell, last month, by default). */
  @GetMapping("/cell-reports")
  String page(
      @RequestParam(required = false) Long cell,
      @RequestParam(required = false) YearMonth month,
      OrganizationScope scope,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    var cells = organizations.cellsOn(today, scope);
    Long chosen = cell != null ? cell : cells.isEmpty() ? null : cells.get(0).id();
    if (chosen == null) {
      throw new NotFoundException("organization.notFound");
    }
    YearMonth shown = month != null ? month : YearMonth.from(today).minusMonths(1);
    model.addAttribute("view", reports.view(chosen, shown, scope));
    model.addAttribute("cells", cells);
    model.addAttribute("cell", chosen);
    model.addAttribute("month", shown);
    return "cellreports/report";
  }

  @PostMapping("/cell-reports")
  String write(
      @RequestParam long cell,
      @RequestParam YearMonth month,
      @RequestParam(required = false) String problems,
      @RequestParam(required = false) String proposals,
      @RequestParam(defaultValue = "save") String action,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (action.equals("submit")) {
            reports.submit(cell, month, problems, proposals, user.scope(), user.username());
            redirect.addFlashAttribute("flash", "cellReport.submitted");
          } else {
            reports.write(cell, month, problems, proposals, user.scope(), user.username());
            redirect.addFlashAttribute("flash", "cellReport.saved");
          }
          return "redirect:/cell-reports?cell=" + cell + "&month=" + month;
        },
        () -> page(cell, month, user.scope(), model));
  }

  @PostMapping("/cell-reports/{id}/return")
  String returnToCell(
      @PathVariable long id,
      @RequestParam long cell,
      @RequestParam YearMonth month,
      @RequestParam(required = false) String comment,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          reports.returnToCell(id, comment, user.scope(), user.username());
          redirect.addFlashAttribute("flash", "cellReport.returned");
          return "redirect:/cell-reports?cell=" + cell + "&month=" + month;
        },
        () -> page(cell, month, user.scope(), model));
  }

  @PostMapping("/cell-reports/{id}/accept")
  String accept(
      @PathVariable long id,
      @RequestParam long cell,
      @RequestParam YearMonth month,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          reports.accept(id, user.scope(), user.username());
          redirect.addFlashAttribute("flash", "cellReport.accepted");
          return "redirect:/cell-reports/commune?year=" + month.getYear();
        },
        () -> page(cell, month, user.scope(), model));
  }

  /** The commune's grid of the year (the user's own unit, this year, by default). */
  @GetMapping("/cell-reports/commune")
  String commune(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Integer year,
      OrganizationScope scope,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    long chosen = scope.orOwnUnit(organization);
    int shown = year != null ? year : today.getYear();
    model.addAttribute("rows", reports.grid(chosen, shown, scope));
    model.addAttribute("organization", chosen);
    model.addAttribute(
        "organizationName", organizations.findLatest(chosen, scope).map(o -> o.name()).orElse(""));
    model.addAttribute("year", shown);
    model.addAttribute("lastMonth", YearMonth.from(today).minusMonths(1));
    return "cellreports/commune";
  }

  /** The commune's report of a month, assembled from the accepted cell reports. */
  @GetMapping("/cell-reports/commune/{organization}/{month}.{format:docx|pdf}")
  ResponseEntity<byte[]> communeDocument(
      @PathVariable long organization,
      @PathVariable YearMonth month,
      @PathVariable String format,
      OrganizationScope scope) {
    var docx = document.docx(organization, month, scope);
    String name = "bao-cao-thang-" + month;
    return format.equals("pdf")
        ? Downloads.inline(document.pdf(docx, name), MediaType.APPLICATION_PDF, name + ".pdf")
        : Downloads.attachment(docx, Downloads.DOCX, name + ".docx");
  }
}
