package vn.dangbo.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.documents.Downloads;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.dues.DuesDecisions;
import vn.dangbo.dues.DuesLedger;
import vn.dangbo.dues.DuesPayments;
import vn.dangbo.dues.DuesReceipts;
import vn.dangbo.dues.DuesYear;
import vn.dangbo.dues.IncomeKind;
import vn.dangbo.dues.PaymentMethod;
import vn.dangbo.dues.PortalImports;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/**
 * The dues pages: the cell's collection sheet for a month (Thu đảng phí tháng), where a secretary
 * records a cash payment with one tap per member, and a member's ledger for a year (Sổ đảng phí).
 */
@Controller
class DuesPages {

  private final DuesLedger ledger;
  private final DuesPayments payments;
  private final PortalImports imports;
  private final DuesReceipts receipts;
  private final DuesDecisions decisions;
  private final Organizations organizations;
  private final MessageSource messages;
  private final Clock clock;

  DuesPages(
      DuesLedger ledger,
      DuesPayments payments,
      PortalImports imports,
      DuesReceipts receipts,
      DuesDecisions decisions,
      Organizations organizations,
      MessageSource messages,
      Clock clock) {
    this.ledger = ledger;
    this.payments = payments;
    this.imports = imports;
    this.receipts = receipts;
    this.decisions = decisions;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  /** The collection sheet of a cell (the user's own by default) for a month (this one). */
  @GetMapping("/dues")
  String collection(
      @RequestParam(required = false) Long cell,
      @RequestParam(required = false) YearMonth month,
      OrganizationScope scope,
      Model model) {
    var cells = cells(scope);
    Long chosen = cell != null ? cell : cells.isEmpty() ? null : cells.get(0).id();
    YearMonth shown = month == null ? YearMonth.now(clock) : month;
    model.addAttribute("cells", cells);
    model.addAttribute("cell", chosen);
    model.addAttribute("month", shown);
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("canManage", chosen != null && scope.canManage(chosen));
    if (chosen == null) {
      throw new NotFoundException("organization.notFound");
    }
    var lines = ledger.collection(chosen, shown, scope);
    model.addAttribute("lines", lines);
    model.addAttribute("collected", lines.stream().mapToLong(l -> l.month().paid()).sum());
    model.addAttribute("expected", lines.stream().mapToLong(l -> l.month().due()).sum());
    return "dues/collection";
  }

  /** The collection sheet as an .xlsx workbook, with the headings in the user's language. */
  @GetMapping("/dues.xlsx")
  ResponseEntity<byte[]> collectionXlsx(
      @RequestParam(required = false) Long cell,
      @RequestParam(required = false) YearMonth month,
      OrganizationScope scope,
      Locale locale) {
    var cells = cells(scope);
    if (cell == null && cells.isEmpty()) {
      throw new NotFoundException("organization.notFound");
    }
    long chosen = cell != null ? cell : cells.get(0).id();
    YearMonth shown = month == null ? YearMonth.now(clock) : month;
    var lines = ledger.collection(chosen, shown, scope);
    var rows = new ArrayList<List<Object>>();
    int number = 0;
    for (var line : lines) {
      rows.add(
          List.of(
              ++number,
              line.fullName(),
              messages.getMessage("dues.status." + line.month().status(), null, locale),
              line.month().due(),
              line.month().paid(),
              line.unpaidMonths()));
    }
    String title = messages.getMessage("dues.collection.title", null, locale);
    var headings =
        List.of(
            messages.getMessage("dues.number", null, locale),
            messages.getMessage("members.name", null, locale),
            messages.getMessage("dues.statusHeading", null, locale),
            messages.getMessage("dues.due", null, locale),
            messages.getMessage("dues.paidAmount", null, locale),
            messages.getMessage("dues.unpaidMonthsHeading", null, locale));
    return Downloads.attachment(
        Spreadsheet.xlsx(List.of(new Spreadsheet.Table(title + " " + shown, headings, rows))),
        Downloads.XLSX,
        "dang-phi-" + shown + ".xlsx");
  }

  /** Records in cash what is left of the member's month, and shows the sheet again. */
  @PostMapping("/dues/payments")
  String payCash(
      @RequestParam long member,
      @RequestParam YearMonth month,
      @RequestParam long cell,
      @RequestParam(required = false) String paidBy,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          payments.pay(
              member,
              new DuesPayments.PaymentRequest(
                  month, null, PaymentMethod.CASH, null, paidBy, LocalDate.now(clock)),
              user.scope(),
              user.username());
          redirect.addFlashAttribute("flash", "dues.paid");
          return "redirect:/dues?cell=" + cell + "&month=" + month;
        },
        () -> collection(cell, month, user.scope(), model));
  }

  /** The dues report of an organisation (the user's first by default) by cell, for a year. */
  @GetMapping("/dues/report")
  String report(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer month,
      OrganizationScope scope,
      Model model) {
    long chosen = scope.orOwnUnit(organization);
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    var totals = ledger.report(chosen, shown, month, scope);
    model.addAttribute("totals", totals);
    model.addAttribute("organization", chosen);
    model.addAttribute("year", String.valueOf(shown));
    model.addAttribute("month", month);
    model.addAttribute("due", totals.stream().mapToLong(DuesLedger.CellTotals::due).sum());
    model.addAttribute("paid", totals.stream().mapToLong(DuesLedger.CellTotals::paid).sum());
    return "dues/report";
  }

  /** The form to import a statement of the public service portal. */
  @GetMapping("/dues/portal")
  String portalForm(OrganizationScope scope) {
    if (!scope.canManageAnything()) {
      throw new NotFoundException("organization.notFound");
    }
    return "dues/portal";
  }

  /** A dry run of the statement, or, with {@code commit}, the matched lines recorded. */
  @PostMapping("/dues/portal")
  String portal(
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "false") boolean commit,
      CurrentUser user,
      Model model)
      throws java.io.IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute(
          "refusal", new vn.dangbo.shared.RefusedException("dues.refused.statementEmpty"));
      return "dues/portal";
    }
    byte[] bytes = file.getBytes();
    return Forms.submit(
        model,
        "refusal",
        () -> {
          model.addAttribute(
              "report",
              imports.importStatement(
                  bytes, file.getOriginalFilename(), commit, user.scope(), user.username()));
          return "dues/portal";
        },
        () -> "dues/portal");
  }

  /** The receipt of a payment, for whoever may read the member's ledger. */
  @GetMapping("/members/{id}/dues/receipts/{payment}")
  String receipt(
      @PathVariable long id, @PathVariable long payment, OrganizationScope scope, Model model) {
    model.addAttribute("receipt", receipts.receipt(id, payment, scope));
    return "dues/receipt";
  }

  /** The receipt as an A4 PDF. */
  @GetMapping("/members/{id}/dues/receipts/{payment}.pdf")
  ResponseEntity<byte[]> receiptPdf(
      @PathVariable long id, @PathVariable long payment, OrganizationScope scope, Locale locale) {
    var receipt = receipts.receipt(id, payment, scope);
    return Downloads.inline(
        receipts.pdf(receipt, locale),
        org.springframework.http.MediaType.APPLICATION_PDF,
        "bien-lai-dang-phi-" + payment + ".pdf");
  }

  /** A member's ledger for a year: their own, or one of a cell the user sees. */
  @GetMapping("/members/{id}/dues")
  String year(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      OrganizationScope scope,
      Model model) {
    int shown = year == null ? LocalDate.now(clock).getYear() : year;
    var dues = ledger.year(id, shown, scope);
    Long cell =
        dues.months().stream()
            .map(DuesYear.Month::cellId)
            .filter(java.util.Objects::nonNull)
            .reduce((first, last) -> last)
            .orElse(null);
    model.addAttribute("year", dues);
    model.addAttribute("shownYear", String.valueOf(shown));
    model.addAttribute("canManage", cell != null && scope.canManage(cell));
    model.addAttribute("kinds", IncomeKind.values());
    return "dues/ledger";
  }

  /** Records an exemption or a reduction decided for the member, from the ledger page. */
  @PostMapping("/members/{id}/dues/relief")
  String relief(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int percent,
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to,
      @RequestParam(required = false) String decisionNumber,
      @RequestParam(required = false) LocalDate decisionDate,
      @RequestParam(required = false) String decidedBy,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          decisions.relieve(
              id,
              new DuesDecisions.ReliefRequest(
                  percent, from, to, decisionNumber, decisionDate, decidedBy, reason),
              user.scope(),
              user.username());
          redirect.addFlashAttribute("flash", "dues.reliefRecorded");
          return "redirect:/members/" + id + "/dues?year=" + (from == null ? "" : from.getYear());
        },
        () -> year(id, from == null ? null : from.getYear(), user.scope(), model));
  }

  /** Records what the member's dues are computed from, from a month on, from the ledger page. */
  @PostMapping("/members/{id}/dues/basis")
  String basis(
      @PathVariable long id,
      @RequestParam(required = false) IncomeKind kind,
      @RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) Long declared,
      @RequestParam(required = false) Long voluntary,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          decisions.setBasis(
              id,
              new DuesDecisions.BasisRequest(from, kind, declared, voluntary),
              user.scope(),
              user.username());
          redirect.addFlashAttribute("flash", "dues.basisRecorded");
          return "redirect:/members/" + id + "/dues";
        },
        () -> year(id, null, user.scope(), model));
  }

  private List<OrganizationNode> cells(OrganizationScope scope) {
    return organizations.cellsOn(LocalDate.now(clock), scope);
  }
}
