package vn.dangbo.cellreports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.dues.DuesLedger;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.MeetingCompliance;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;

/**
 * The cells' monthly reports: written and submitted by whoever manages the cell (its secretary),
 * reviewed by whoever manages the committee above it (the commune office); the commune's grid of
 * who has submitted, late, returned, accepted; the figures a report is filled with.
 */
@Service
public class CellMonthlyReports {

  private final MonthlyReportRepository repository;
  private final Organizations organizations;
  private final MeetingCompliance meetings;
  private final DevelopmentFigures development;
  private final DuesLedger dues;
  private final RuleBook rules;
  private final Clock clock;

  CellMonthlyReports(
      MonthlyReportRepository repository,
      Organizations organizations,
      MeetingCompliance meetings,
      DevelopmentFigures development,
      DuesLedger dues,
      RuleBook rules,
      Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.meetings = meetings;
    this.development = development;
    this.dues = dues;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * The same service on another clock: for loading reports of past months with the days they were
   * written (the demo), never for a user's request.
   */
  public CellMonthlyReports on(Clock other) {
    return new CellMonthlyReports(
        repository, organizations, meetings, development, dues, rules, other);
  }

  /**
   * A cell's month as its page shows it: the report (or a new draft, not yet saved), the figures it
   * shows (those submitted, or today's), its deadline and whether it is late, and what the user may
   * do.
   */
  public record View(
      MonthlyReport report,
      String cellName,
      MonthlyFigures figures,
      LocalDate deadline,
      boolean late,
      boolean canWrite,
      boolean canReview) {}

  /** Where a cell's report of a month stands on the commune's grid. */
  public enum Standing {
    /** The month has not ended, or its deadline has not passed, and nothing is submitted. */
    NOT_DUE,
    /** The deadline has passed and nothing is submitted. */
    MISSING,
    SUBMITTED,
    RETURNED,
    ACCEPTED
  }

  /** One cell-month on the grid. */
  public record GridMonth(YearMonth month, Standing standing, boolean late, Long reportId) {}

  /** One cell's row of the grid. */
  public record GridRow(long cellId, String cellName, List<GridMonth> months) {}

  /** The commune's report of a month, assembled from the accepted cell reports. */
  public record CommuneMonth(
      String communeName,
      String superiorName,
      YearMonth month,
      List<AcceptedReport> accepted,
      List<String> notAccepted,
      MonthlyFigures totals) {}

  /** An accepted cell report with its cell's name. */
  public record AcceptedReport(String cellName, MonthlyReport report) {}

  @Transactional(readOnly = true)
  public View view(long cellId, YearMonth month, OrganizationScope scope) {
    var cell = visibleCell(cellId, scope);
    LocalDate today = today();
    var report =
        repository.find(cellId, month).orElseGet(() -> MonthlyReport.draft(cellId, month, today));
    var figures = report.figures() != null ? report.figures() : figures(cellId, month, scope);
    var deadline = deadline(month);
    return new View(
        report,
        cell.name(),
        figures,
        deadline,
        report.lateFor(deadline, today),
        scope.canManage(cellId) && report.editable(),
        report.state() == MonthlyReport.State.SUBMITTED && mayReview(cell, scope));
  }

  /** Saves the problems and proposals as a draft. */
  @Transactional
  public MonthlyReport write(
      long cellId,
      YearMonth month,
      String problems,
      String proposals,
      OrganizationScope scope,
      String by) {
    var report = managed(cellId, month, scope).written(problems, proposals);
    return repository.save(report, by);
  }

  /** Submits the report with what is written and today's figures. */
  @Transactional
  public MonthlyReport submit(
      long cellId,
      YearMonth month,
      String problems,
      String proposals,
      OrganizationScope scope,
      String by) {
    var report =
        managed(cellId, month, scope)
            .written(problems, proposals)
            .submitted(figures(cellId, month, scope), now(), by);
    return repository.save(report, by);
  }

  /** Returns a submitted report to the cell with what to correct. */
  @Transactional
  public MonthlyReport returnToCell(
      long reportId, String comment, OrganizationScope scope, String by) {
    var report = reviewed(reportId, scope).returned(comment, now(), by);
    return repository.save(report, by);
  }

  /** Accepts a submitted report. */
  @Transactional
  public MonthlyReport accept(long reportId, OrganizationScope scope, String by) {
    var report = reviewed(reportId, scope).accepted(now(), by);
    return repository.save(report, by);
  }

  /** The cells under the organisation today, each with its reports of the year's months so far. */
  @Transactional(readOnly = true)
  public List<GridRow> grid(long organizationId, int year, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    LocalDate today = today();
    var cells = cellsUnder(organizationId, today, scope);
    YearMonth first = YearMonth.of(year, 1);
    YearMonth last =
        YearMonth.from(today).isBefore(YearMonth.of(year, 12))
            ? YearMonth.from(today)
            : YearMonth.of(year, 12);
    var byCellMonth = new HashMap<String, MonthlyReport>();
    if (!last.isBefore(first)) {
      repository
          .ofCells(cells.stream().map(OrganizationNode::id).toList(), first, last)
          .forEach(r -> byCellMonth.put(r.cellId() + "/" + r.month(), r));
    }
    var rows = new ArrayList<GridRow>();
    for (var cell : cells) {
      var months = new ArrayList<GridMonth>();
      for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(standing(byCellMonth.get(cell.id() + "/" + m), m, today));
      }
      rows.add(new GridRow(cell.id(), cell.name(), months));
    }
    return rows;
  }

  /** The commune's report of the month: its accepted cell reports, the others named. */
  @Transactional(readOnly = true)
  public CommuneMonth communeMonth(long organizationId, YearMonth month, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    LocalDate day = month.atEndOfMonth().isAfter(today()) ? today() : month.atEndOfMonth();
    var commune =
        organizations
            .findOn(organizationId, day, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    var cells = cellsUnder(organizationId, day, scope);
    var reports = new HashMap<Long, MonthlyReport>();
    repository
        .ofCells(cells.stream().map(OrganizationNode::id).toList(), month, month)
        .forEach(r -> reports.put(r.cellId(), r));
    var accepted = new ArrayList<AcceptedReport>();
    var others = new ArrayList<String>();
    for (var cell : cells) {
      var report = reports.get(cell.id());
      if (report != null && report.state() == MonthlyReport.State.ACCEPTED) {
        accepted.add(new AcceptedReport(cell.name(), report));
      } else {
        others.add(cell.name());
      }
    }
    String superior =
        commune.parentId() == null
            ? ""
            : organizations
                .findOn(commune.parentId(), day, OrganizationScope.all())
                .map(OrganizationNode::name)
                .orElse("");
    return new CommuneMonth(
        commune.name(),
        superior,
        month,
        accepted,
        others,
        MonthlyFigures.sum(accepted.stream().map(a -> a.report().figures()).toList()));
  }

  /** The figures of dangbo's records for the cell's month. */
  MonthlyFigures figures(long cellId, YearMonth month, OrganizationScope scope) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    LocalDate end = to.isAfter(today()) ? today() : to;
    var held = meetings.ofOrganization(cellId, from, to);
    var funnel = development.funnel(cellId, from, to, scope);
    int pipeline =
        development.pipelineOn(cellId, end, scope).values().stream().mapToInt(i -> i).sum();
    var duesLine =
        dues.report(cellId, month.getYear(), month.getMonthValue(), scope).stream()
            .filter(t -> t.cellId() == cellId)
            .findFirst();
    return new MonthlyFigures(
        held.meetings(),
        held.regular(),
        held.thematic(),
        held.attendancePercent(),
        held.unexcused(),
        funnel.sources(),
        funnel.outstanding(),
        funnel.course(),
        funnel.admitted(),
        funnel.official(),
        pipeline,
        duesLine.map(DuesLedger.CellTotals::members).orElse(0),
        duesLine.map(DuesLedger.CellTotals::due).orElse(0L),
        duesLine.map(DuesLedger.CellTotals::paid).orElse(0L),
        duesLine.map(DuesLedger.CellTotals::behind).orElse(0));
  }

  private GridMonth standing(MonthlyReport report, YearMonth month, LocalDate today) {
    var deadline = deadline(month);
    if (report == null || report.state() == MonthlyReport.State.DRAFT) {
      boolean missing = today.isAfter(deadline);
      return new GridMonth(
          month,
          missing ? Standing.MISSING : Standing.NOT_DUE,
          missing,
          report == null ? null : report.id());
    }
    var standing =
        switch (report.state()) {
          case RETURNED -> Standing.RETURNED;
          case ACCEPTED -> Standing.ACCEPTED;
          default -> Standing.SUBMITTED;
        };
    return new GridMonth(month, standing, report.lateFor(deadline, today), report.id());
  }

  private MonthlyReport managed(long cellId, YearMonth month, OrganizationScope scope) {
    visibleCell(cellId, scope);
    scope.requireManager(cellId);
    return repository
        .find(cellId, month)
        .orElseGet(() -> MonthlyReport.draft(cellId, month, today()));
  }

  private MonthlyReport reviewed(long reportId, OrganizationScope scope) {
    var report =
        repository
            .find(reportId)
            .filter(r -> scope.personalRecords() && scope.canSee(r.cellId()))
            .orElseThrow(() -> new NotFoundException("cellReport.notFound"));
    var cell = visibleCell(report.cellId(), scope);
    if (!mayReview(cell, scope)) {
      throw new vn.dangbo.shared.ForbiddenException("cellReport.forbidden.review");
    }
    return report;
  }

  /** Whoever manages the committee the cell is under reviews its reports. */
  private boolean mayReview(OrganizationNode cell, OrganizationScope scope) {
    return cell.parentId() != null && scope.canManage(cell.parentId());
  }

  private OrganizationNode visibleCell(long cellId, OrganizationScope scope) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    var cell =
        organizations
            .findLatest(cellId, scope)
            .filter(OrganizationNode::isCell)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    return cell;
  }

  private List<OrganizationNode> cellsUnder(
      long organizationId, LocalDate day, OrganizationScope scope) {
    var self = organizations.findOn(organizationId, day, scope);
    if (self.map(OrganizationNode::isCell).orElse(false)) {
      return List.of(self.get());
    }
    return organizations.cellsUnder(organizationId, day).stream()
        .filter(c -> scope.canSee(c.id()))
        .toList();
  }

  private LocalDate deadline(YearMonth month) {
    return MonthlyReport.deadline(
        month, rules.at(month.atDay(1), RuleKey.CELL_REPORT_DUE_DAY).asInt());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
