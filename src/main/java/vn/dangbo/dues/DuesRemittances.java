package vn.dangbo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The remittance of a month's dues up the tree: what each cell collected (by the days payments were
 * made), keeps and owes its grassroots committee, and what the committee owes the level above, with
 * the shares of the rules in force on the first of the month; and the remittances recorded.
 */
@Service
public class DuesRemittances {

  private final DuesRepository repository;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  DuesRemittances(
      DuesRepository repository, Organizations organizations, RuleBook rules, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  /** One organisation's line of the sheet. */
  public record Line(long organizationId, String name, Remittance remittance) {}

  /**
   * The month of an organisation: a line per cell (the cell alone when it is one), and the
   * organisation's own line when it is a grassroots organisation above cells (null otherwise).
   */
  public record Sheet(
      long organizationId, String name, YearMonth month, List<Line> cells, Line own) {

    /** The cells' lines added up. */
    public Remittance cellsTotal() {
      long collected = 0;
      long keeps = 0;
      long owes = 0;
      long remitted = 0;
      for (var line : cells) {
        collected += line.remittance().collected();
        keeps += line.remittance().keeps();
        owes += line.remittance().owes();
        remitted += line.remittance().remitted();
      }
      return new Remittance(collected, keeps, owes, remitted);
    }
  }

  /**
   * The organisation's months of a year added up, to this month: each month's shares are those of
   * the rules in force on its first day.
   */
  @Transactional(readOnly = true)
  public List<Line> year(long organizationId, int year, OrganizationScope scope) {
    YearMonth last = YearMonth.of(year, 12);
    if (last.isAfter(YearMonth.now(clock))) {
      last = YearMonth.now(clock);
    }
    var sums = new java.util.LinkedHashMap<Long, Line>();
    for (var month = YearMonth.of(year, 1); !month.isAfter(last); month = month.plusMonths(1)) {
      if (!sharesInForce(month)) {
        continue;
      }
      var sheet = sheet(organizationId, month, scope);
      var lines = new ArrayList<>(sheet.cells());
      if (sheet.own() != null) {
        lines.add(sheet.own());
      }
      for (var line : lines) {
        sums.merge(line.organizationId(), line, DuesRemittances::add);
      }
    }
    return List.copyOf(sums.values());
  }

  private static Line add(Line a, Line b) {
    var x = a.remittance();
    var y = b.remittance();
    return new Line(
        a.organizationId(),
        b.name(),
        new Remittance(
            x.collected() + y.collected(),
            x.keeps() + y.keeps(),
            x.owes() + y.owes(),
            x.remitted() + y.remitted()));
  }

  /** A sum handed up for the dues of a month; {@code remittedOn} null means today. */
  public record RemittanceRequest(
      YearMonth month, Long amount, LocalDate remittedOn, String reference) {}

  /** The organisation's month, for whoever may read the records of the organisation. */
  @Transactional(readOnly = true)
  public Sheet sheet(long organizationId, YearMonth month, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    requireMonth(month);
    LocalDate last = month.atEndOfMonth();
    LocalDate today = LocalDate.now(clock);
    LocalDate day = last.isAfter(today) ? today : last;
    var self =
        organizations
            .findOn(organizationId, day, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    var cells = self.isCell() ? List.of(self) : organizations.cellsUnder(organizationId, day);
    LocalDate first = month.atDay(1);
    int cellKeeps = rules.at(first, RuleKey.DUES_SHARE_CELL_KEEPS_BASIS_POINTS).asInt();
    int grassrootsRemits =
        rules.at(first, RuleKey.DUES_SHARE_GRASSROOTS_REMITS_BASIS_POINTS).asInt();
    var ids = new ArrayList<>(cells.stream().map(OrganizationNode::id).toList());
    var collected = repository.collected(ids, month);
    ids.add(organizationId);
    var remitted = repository.remitted(ids, month);
    var lines = new ArrayList<Line>();
    for (var cell : cells) {
      long in = collected.getOrDefault(cell.id(), 0L);
      long out = remitted.getOrDefault(cell.id(), 0L);
      lines.add(
          new Line(
              cell.id(),
              cell.name(),
              cell.grassroots()
                  ? Remittance.ofGrassroots(in, 0, grassrootsRemits, out)
                  : Remittance.ofCell(in, cellKeeps, out)));
    }
    Line own = null;
    if (!self.isCell() && self.grassroots()) {
      var total = new Sheet(organizationId, self.name(), month, lines, null).cellsTotal();
      own =
          new Line(
              organizationId,
              self.name(),
              Remittance.ofGrassroots(
                  total.collected(),
                  total.keeps(),
                  grassrootsRemits,
                  remitted.getOrDefault(organizationId, 0L)));
    }
    return new Sheet(organizationId, self.name(), month, lines, own);
  }

  /** Records a sum the organisation handed up, by someone who manages it. */
  @Transactional
  public long remit(
      long organizationId, RemittanceRequest request, OrganizationScope scope, String by) {
    scope.requireManager(organizationId);
    if (request == null || request.month() == null || request.amount() == null) {
      throw new RefusedException("dues.refused.remittanceIncomplete");
    }
    requireMonth(request.month());
    rules.at(request.month().atDay(1), RuleKey.DUES_SHARE_CELL_KEEPS_BASIS_POINTS);
    if (request.amount() <= 0 || request.amount() > 10_000_000_000L) {
      throw RefusedException.forField("amount", "dues.refused.amount");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate on = request.remittedOn() == null ? today : request.remittedOn();
    if (on.isAfter(today) || on.isBefore(request.month().atDay(1))) {
      throw RefusedException.forField("remittedOn", "dues.refused.remittedOn");
    }
    String reference = request.reference() == null ? null : request.reference().strip();
    if (reference != null && reference.length() > 60) {
      throw new RefusedException("dues.refused.tooLong");
    }
    return repository.addRemittance(
        organizationId,
        request.month(),
        request.amount(),
        on,
        reference == null || reference.isEmpty() ? null : reference,
        by);
  }

  /** Whether the rules give the shares for the month (they start with the dues rules). */
  private boolean sharesInForce(YearMonth month) {
    return rules.inForce(month.atDay(1), RuleKey.DUES_SHARE_CELL_KEEPS_BASIS_POINTS);
  }

  /** A month from the ledger's year range up to this month. */
  private void requireMonth(YearMonth month) {
    if (month == null || month.getYear() < 1930 || month.isAfter(YearMonth.now(clock))) {
      throw RefusedException.forField("month", "dues.refused.remittanceMonth");
    }
  }
}
