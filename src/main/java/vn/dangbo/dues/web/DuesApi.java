package vn.dangbo.dues.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.dues.DuesDecisions;
import vn.dangbo.dues.DuesLedger;
import vn.dangbo.dues.DuesPayments;
import vn.dangbo.dues.DuesRemittances;
import vn.dangbo.dues.DuesYear;
import vn.dangbo.dues.PortalImports;
import vn.dangbo.dues.WageRegion;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;

/**
 * Dues in the API: a member's year, a payment, the member's basis and reliefs, a cell's collection
 * sheet for a month.
 */
@RestController
class DuesApi {

  private final DuesLedger ledger;
  private final DuesPayments payments;
  private final DuesDecisions decisions;
  private final PortalImports imports;
  private final DuesRemittances remittances;
  private final Clock clock;

  DuesApi(
      DuesLedger ledger,
      DuesPayments payments,
      DuesDecisions decisions,
      PortalImports imports,
      DuesRemittances remittances,
      Clock clock) {
    this.ledger = ledger;
    this.payments = payments;
    this.decisions = decisions;
    this.imports = imports;
    this.remittances = remittances;
    this.clock = clock;
  }

  /** The member's months of the year (this year by default) with due, paid and status. */
  @GetMapping("/api/v1/members/{id}/dues")
  DuesYear year(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      OrganizationScope scope) {
    return ledger.year(id, year == null ? LocalDate.now(clock).getYear() : year, scope);
  }

  /** Records a payment of a month; answers the month as it now stands. */
  @PostMapping("/api/v1/members/{id}/dues/payments")
  @ResponseStatus(HttpStatus.CREATED)
  DuesYear.Month pay(
      @PathVariable long id, @RequestBody DuesPayments.PaymentRequest request, CurrentUser user) {
    return payments.pay(id, request, user.scope(), user.username());
  }

  /** Sets what the member's dues are computed from, from a month on (next month by default). */
  @PutMapping("/api/v1/members/{id}/dues/basis")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void basis(
      @PathVariable long id, @RequestBody DuesDecisions.BasisRequest request, CurrentUser user) {
    decisions.setBasis(id, request, user.scope(), user.username());
  }

  /** Records an exemption (percent 100) or a reduction decided for the member. */
  @PostMapping("/api/v1/members/{id}/dues/reliefs")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> relief(
      @PathVariable long id, @RequestBody DuesDecisions.ReliefRequest request, CurrentUser user) {
    return Map.of("id", decisions.relieve(id, request, user.scope(), user.username()));
  }

  /**
   * A statement of the public service portal (.csv or .xlsx, multipart {@code file}): a dry run
   * unless {@code commit=true}, which records the matched lines.
   */
  @PostMapping("/api/v1/dues/portal-statements")
  PortalImports.Report portalStatement(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean commit,
      CurrentUser user)
      throws java.io.IOException {
    return imports.importStatement(
        file.getBytes(), file.getOriginalFilename(), commit, user.scope(), user.username());
  }

  /** The dues report of an organisation by cell for a year (this one), or one month of it. */
  @GetMapping("/api/v1/organizations/{id}/dues-report")
  List<DuesLedger.CellTotals> report(
      @PathVariable long id,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer month,
      OrganizationScope scope) {
    return ledger.report(id, year == null ? LocalDate.now(clock).getYear() : year, month, scope);
  }

  /** The cell's collection sheet for the month (this month by default). */
  @GetMapping("/api/v1/organizations/{id}/dues")
  List<DuesLedger.Line> collection(
      @PathVariable long id,
      @RequestParam(required = false) YearMonth month,
      OrganizationScope scope) {
    return ledger.collection(id, month == null ? YearMonth.now(clock) : month, scope);
  }

  /** What the organisation's cells collected in the month, keep, owe and remitted. */
  @GetMapping("/api/v1/organizations/{id}/dues-remittance")
  DuesRemittances.Sheet remittance(
      @PathVariable long id,
      @RequestParam(required = false) YearMonth month,
      OrganizationScope scope) {
    return remittances.sheet(id, month == null ? YearMonth.now(clock) : month, scope);
  }

  /** Records a sum the organisation handed up for a month's dues. */
  @PostMapping("/api/v1/organizations/{id}/dues-remittances")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> remit(
      @PathVariable long id,
      @RequestBody DuesRemittances.RemittanceRequest request,
      CurrentUser user) {
    return Map.of("id", remittances.remit(id, request, user.scope(), user.username()));
  }

  /** The minimum-wage region recorded for the organisation itself today (204 when none). */
  @GetMapping("/api/v1/organizations/{id}/wage-region")
  org.springframework.http.ResponseEntity<WageRegion> region(
      @PathVariable long id, OrganizationScope scope) {
    return decisions
        .region(id, scope)
        .map(org.springframework.http.ResponseEntity::ok)
        .orElseGet(() -> org.springframework.http.ResponseEntity.noContent().build());
  }

  /** Records the organisation's minimum-wage region from a day. */
  @PutMapping("/api/v1/organizations/{id}/wage-region")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void setRegion(@PathVariable long id, @RequestBody WageRegion request, CurrentUser user) {
    decisions.setRegion(
        id,
        request.from(),
        request.region(),
        request.legalBasis(),
        request.unconfirmed(),
        user.scope());
  }
}
