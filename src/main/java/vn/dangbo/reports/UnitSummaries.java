package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.OrganizationSummaries;
import vn.dangbo.organization.Organizations;

/** Puts the organisation's own summary and its member figures together. */
@Service
public class UnitSummaries {

  private final OrganizationSummaries organizationSummaries;
  private final Organizations organizations;
  private final MemberStatistics memberStatistics;

  UnitSummaries(
      OrganizationSummaries organizationSummaries,
      Organizations organizations,
      MemberStatistics memberStatistics) {
    this.organizationSummaries = organizationSummaries;
    this.organizations = organizations;
    this.memberStatistics = memberStatistics;
  }

  @Transactional(readOnly = true)
  public UnitSummary of(long id, LocalDate on, OrganizationScope scope) {
    var summary = organizationSummaries.of(id, on, scope);
    var cells = cellsOf(summary.organization(), on);
    return new UnitSummary(
        summary.organization(),
        on,
        summary.cells(),
        summary.cellsByType(),
        summary.partialCommittees(),
        memberStatistics.of(cells, on),
        summary.coverage(),
        memberStatistics.membersByPlace(cells, on));
  }

  /**
   * The organisation's places on a day and how many have no cell or no members, without the rest of
   * the summary (the dashboard asks this for several years).
   */
  @Transactional(readOnly = true)
  public Dashboard.CoverageYear coverage(long id, LocalDate on, OrganizationScope scope) {
    var summary = organizationSummaries.of(id, on, scope);
    var byPlace = memberStatistics.membersByPlace(cellsOf(summary.organization(), on), on);
    var coverage = summary.coverage();
    return new Dashboard.CoverageYear(
        on.getYear(),
        coverage.total(),
        coverage.withoutCell(),
        (int) coverage.places().stream().filter(p -> byPlace.getOrDefault(p.id(), 0) == 0).count());
  }

  private java.util.List<Long> cellsOf(OrganizationNode organization, LocalDate on) {
    var cells = new ArrayList<Long>();
    if (organization.isCell()) {
      cells.add(organization.id());
    }
    organizations.descendantsOn(organization.id(), on).stream()
        .filter(OrganizationNode::isCell)
        .map(OrganizationNode::id)
        .forEach(cells::add);
    return cells;
  }
}
