package vn.dangbo.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.documents.Downloads;
import vn.dangbo.dues.DuesDecisions;
import vn.dangbo.dues.DuesLedger;
import vn.dangbo.dues.DuesRemittances;
import vn.dangbo.dues.DuesReportForm;
import vn.dangbo.dues.Remittance;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.Forms;

/**
 * The commune's side of dues: trích nộp đảng phí (what an organisation's cells collected in a
 * month, keep and owe, the sums handed up), the minimum-wage region of the organisation, and the
 * dues report as a workbook in the report form's columns.
 */
@Controller
class DuesRemittancePages {

  private final DuesRemittances remittances;
  private final DuesDecisions decisions;
  private final DuesLedger ledger;
  private final DuesReportForm form = DuesReportForm.load();
  private final RuleBook rules;
  private final Clock clock;

  DuesRemittancePages(
      DuesRemittances remittances,
      DuesDecisions decisions,
      DuesLedger ledger,
      RuleBook rules,
      Clock clock) {
    this.remittances = remittances;
    this.decisions = decisions;
    this.ledger = ledger;
    this.rules = rules;
    this.clock = clock;
  }

  /** The month (this one) of an organisation (the user's first by default). */
  @GetMapping("/dues/remittance")
  String sheet(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) YearMonth month,
      OrganizationScope scope,
      Model model) {
    long chosen = scope.orOwnUnit(organization);
    YearMonth shown = month == null ? YearMonth.now(clock) : month;
    var sheet = remittances.sheet(chosen, shown, scope);
    LocalDate first = shown.atDay(1);
    model.addAttribute("sheet", sheet);
    model.addAttribute("month", shown);
    model.addAttribute("total", sheet.cellsTotal());
    model.addAttribute(
        "cellKeeps", rules.at(first, RuleKey.DUES_SHARE_CELL_KEEPS_BASIS_POINTS).asInt() / 100.0);
    model.addAttribute(
        "grassrootsRemits",
        rules.at(first, RuleKey.DUES_SHARE_GRASSROOTS_REMITS_BASIS_POINTS).asInt() / 100.0);
    model.addAttribute("canManage", scope.canManage(chosen));
    model.addAttribute("region", decisions.region(chosen, scope).orElse(null));
    model.addAttribute("today", LocalDate.now(clock));
    return "dues/remittance";
  }

  /** Records a sum the organisation handed up, and shows the month again. */
  @PostMapping("/dues/remittance")
  String remit(
      @RequestParam long organization,
      @RequestParam(required = false) YearMonth month,
      @RequestParam(required = false) Long amount,
      @RequestParam(required = false) LocalDate remittedOn,
      @RequestParam(required = false) String reference,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          remittances.remit(
              organization,
              new DuesRemittances.RemittanceRequest(month, amount, remittedOn, reference),
              user.scope(),
              user.username());
          redirect.addFlashAttribute("flash", "dues.remittance.recorded");
          return "redirect:/dues/remittance?organization=" + organization + "&month=" + month;
        },
        () -> sheet(organization, month, user.scope(), model));
  }

  /** Records the organisation's minimum-wage region from a day. */
  @PostMapping("/dues/region")
  String region(
      @RequestParam long organization,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(defaultValue = "0") int region,
      @RequestParam(required = false) String legalBasis,
      @RequestParam(defaultValue = "false") boolean unconfirmed,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          decisions.setRegion(organization, from, region, legalBasis, unconfirmed, user.scope());
          redirect.addFlashAttribute("flash", "dues.region.recorded");
          return "redirect:/dues/remittance?organization=" + organization;
        },
        () -> sheet(organization, null, user.scope(), model));
  }

  /**
   * The dues report of an organisation by cell for a year (this one) or a month of it, as an .xlsx
   * workbook: each cell's ledger figures and remittance.
   */
  @GetMapping("/dues/report.xlsx")
  org.springframework.http.ResponseEntity<byte[]> reportXlsx(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer month,
      OrganizationScope scope) {
    long chosen = scope.orOwnUnit(organization);
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    var totals = ledger.report(chosen, shown, month, scope);
    var lines =
        month == null
            ? remittances.year(chosen, shown, scope)
            : remittances.sheet(chosen, YearMonth.of(shown, month), scope).cells();
    var byCell = new java.util.HashMap<Long, Remittance>();
    lines.forEach(line -> byCell.put(line.organizationId(), line.remittance()));
    String period = month == null ? String.valueOf(shown) : String.format("%02d-%d", month, shown);
    return Downloads.attachment(
        vn.dangbo.documents.Spreadsheet.xlsx(java.util.List.of(form.table(period, totals, byCell))),
        Downloads.XLSX,
        "bao-cao-dang-phi-" + period + ".xlsx");
  }
}
