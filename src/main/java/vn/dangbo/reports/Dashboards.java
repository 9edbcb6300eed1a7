package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.evaluations.GradeReports;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.MeetingCompliance;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Computes the {@link Dashboard} of an organisation in scope from the records. */
@Service
public class Dashboards {

  /** How many years back the coverage and grade series go. */
  static final int YEARS = 5;

  private final Organizations organizations;
  private final UnitSummaries summaries;
  private final DevelopmentFigures development;
  private final MeetingCompliance meetings;
  private final GradeReports grades;
  private final FigureCache cache;

  Dashboards(
      Organizations organizations,
      UnitSummaries summaries,
      DevelopmentFigures development,
      MeetingCompliance meetings,
      GradeReports grades,
      FigureCache cache) {
    this.organizations = organizations;
    this.summaries = summaries;
    this.development = development;
    this.meetings = meetings;
    this.grades = grades;
    this.cache = cache;
  }

  /**
   * The dashboard; computed once and served again while nothing has changed (a dashboard asked for
   * with the same organisation, days and scope, see {@link FigureCache}).
   */
  @Transactional(readOnly = true)
  public Dashboard of(long organizationId, LocalDate on, LocalDate since, OrganizationScope scope) {
    return cache.get(
        organizationId,
        List.of("dashboard", organizationId, on, since, scope),
        () -> compute(organizationId, on, since, scope));
  }

  /**
   * The dashboard drawn by the function (its charts as HTML in the reader's language, say), kept
   * like the dashboard itself: a kept dashboard's charts are drawn once, not on every view. {@code
   * how} names everything the drawing depends on besides the dashboard (the language).
   */
  @Transactional(readOnly = true)
  public <T> T drawn(
      long organizationId,
      LocalDate on,
      LocalDate since,
      OrganizationScope scope,
      Object how,
      Function<Dashboard, T> draw) {
    return cache.get(
        organizationId,
        List.of("drawn", organizationId, on, since, scope, how),
        () -> draw.apply(of(organizationId, on, since, scope)));
  }

  private Dashboard compute(
      long organizationId, LocalDate on, LocalDate since, OrganizationScope scope) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    if (since.isAfter(on)) {
      throw new RefusedException("development.refused.period");
    }
    var organization =
        organizations
            .findOn(organizationId, on, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    var summary = summaries.of(organizationId, on, scope);
    var cellNodes = summaries.cellNodesOf(organization, on);
    var counts = summary.membersByCell();
    var cells =
        cellNodes.stream()
            .map(
                c -> {
                  var n = counts.getOrDefault(c.id(), new MemberStatistics.CellCounts(0, 0, 0, 0));
                  return new Dashboard.CellMembers(
                      c.id(), c.name(), n.total(), n.official(), n.probationary(), n.women());
                })
            .toList();
    int year = on.getYear();
    return new Dashboard(
        organization.id(),
        organization.name(),
        on,
        since,
        summary.members(),
        units(organization, cellNodes, on),
        cells,
        development.pipelineOn(organizationId, on, scope),
        development.funnel(organizationId, since, on, scope),
        development.quotas(organizationId, year, scope),
        coverage(organizationId, on, summary, scope),
        meetings(organizationId, on, scope),
        grades.distribution(organizationId, year - YEARS + 1, year, scope));
  }

  /**
   * Above a commune, the units directly below the organisation with their cells, in the tree's
   * order; for a commune or anything below it none (its page shows the cells themselves).
   */
  private List<Dashboard.Unit> units(
      OrganizationNode organization, List<OrganizationNode> cells, LocalDate on) {
    if (organization.kind() != OrganizationKind.COMMITTEE
        || organization.level() == null
        || organization.level() == AdministrativeLevel.COMMUNE) {
      return List.of();
    }
    var below = organizations.descendantsOn(organization.id(), on);
    var parents = new HashMap<Long, Long>();
    below.forEach(node -> parents.put(node.id(), node.parentId()));
    var units = below.stream().filter(node -> node.parentId() == organization.id()).toList();
    var cellsOfUnit = new HashMap<Long, List<Long>>();
    units.forEach(unit -> cellsOfUnit.put(unit.id(), new ArrayList<>()));
    for (var cell : cells) {
      long unit = cell.id();
      while (parents.get(unit) != null && parents.get(unit) != organization.id()) {
        unit = parents.get(unit);
      }
      cellsOfUnit.getOrDefault(unit, new ArrayList<>()).add(cell.id());
    }
    return units.stream()
        .map(unit -> new Dashboard.Unit(unit.id(), unit.name(), cellsOfUnit.get(unit.id())))
        .toList();
  }

  private List<Dashboard.CoverageYear> coverage(
      long organizationId, LocalDate on, UnitSummary today, OrganizationScope scope) {
    var days = new ArrayList<LocalDate>();
    for (int year = on.getYear() - YEARS + 1; year < on.getYear(); year++) {
      LocalDate day = LocalDate.of(year, 12, 31);
      if (organizations.findOn(organizationId, day, scope).isPresent()) {
        days.add(day);
      }
    }
    var years = new ArrayList<>(summaries.coverage(organizationId, days, scope));
    years.add(
        new Dashboard.CoverageYear(
            on.getYear(),
            today.coverage().total(),
            today.coverage().withoutCell(),
            today.placesWithoutMembers().size()));
    return years;
  }

  private List<Dashboard.CellMeetings> meetings(
      long organizationId, LocalDate on, OrganizationScope scope) {
    int monthsSoFar = on.getMonthValue();
    return meetings.grid(organizationId, on.getYear(), scope).stream()
        .map(
            cell -> {
              var months = cell.months().stream().filter(m -> m.month() <= monthsSoFar).toList();
              var rates =
                  months.stream()
                      .filter(m -> m.attendancePercent() != null)
                      .mapToInt(m -> m.attendancePercent())
                      .toArray();
              return new Dashboard.CellMeetings(
                  cell.cellId(),
                  cell.cellName(),
                  (int) months.stream().filter(m -> m.regular() > 0).count(),
                  monthsSoFar,
                  rates.length == 0
                      ? null
                      : (int) Math.round(java.util.Arrays.stream(rates).average().orElse(0)),
                  (int) cell.thematicByQuarter().stream().filter(Boolean::booleanValue).count());
            })
        .toList();
  }
}
