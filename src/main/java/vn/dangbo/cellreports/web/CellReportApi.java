package vn.dangbo.cellreports.web;

import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.cellreports.CellMonthlyReports;
import vn.dangbo.cellreports.MonthlyReport;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;

/** The cells' monthly reports in the API. */
@RestController
class CellReportApi {

  private final CellMonthlyReports reports;

  CellReportApi(CellMonthlyReports reports) {
    this.reports = reports;
  }

  /** What the secretary writes. */
  record Text(String problems, String proposals) {}

  /** Why a report is returned. */
  record Comment(String comment) {}

  /** A cell's report of a month (yyyy-MM), or the draft it would be, with today's figures. */
  @GetMapping("/api/v1/organizations/{id}/monthly-reports/{month}")
  CellMonthlyReports.View view(
      @PathVariable long id, @PathVariable YearMonth month, OrganizationScope scope) {
    return reports.view(id, month, scope);
  }

  /** Saves the draft. */
  @PutMapping("/api/v1/organizations/{id}/monthly-reports/{month}")
  MonthlyReport write(
      @PathVariable long id,
      @PathVariable YearMonth month,
      @RequestBody Text text,
      CurrentUser user) {
    return reports.write(
        id, month, text.problems(), text.proposals(), user.scope(), user.username());
  }

  /** Submits the report (again, after a return) with today's figures. */
  @PostMapping("/api/v1/organizations/{id}/monthly-reports/{month}/submission")
  MonthlyReport submit(
      @PathVariable long id,
      @PathVariable YearMonth month,
      @RequestBody Text text,
      CurrentUser user) {
    return reports.submit(
        id, month, text.problems(), text.proposals(), user.scope(), user.username());
  }

  @PostMapping("/api/v1/monthly-reports/{id}/return")
  MonthlyReport returnToCell(
      @PathVariable long id, @RequestBody Comment comment, CurrentUser user) {
    return reports.returnToCell(
        id, comment == null ? null : comment.comment(), user.scope(), user.username());
  }

  @PostMapping("/api/v1/monthly-reports/{id}/acceptance")
  MonthlyReport accept(@PathVariable long id, CurrentUser user) {
    return reports.accept(id, user.scope(), user.username());
  }

  /** The cells under an organisation, each with its reports' standing month by month. */
  @GetMapping("/api/v1/organizations/{id}/monthly-reports")
  List<CellMonthlyReports.GridRow> grid(
      @PathVariable long id, @RequestParam int year, OrganizationScope scope) {
    return reports.grid(id, year, scope);
  }
}
