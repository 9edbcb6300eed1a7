package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.OrganizationSummaries;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.PlaceView;

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
    var members = memberStatistics.overview(cellsOf(summary.organization(), on), on);
    return new UnitSummary(
        summary.organization(),
        on,
        summary.cells(),
        summary.cellsByType(),
        summary.partialCommittees(),
        members.figures(),
        members.byCell(),
        summary.coverage(),
        members.byPlace());
  }

  /**
   * The organisation's places at the end of each of the years and how many had no cell or no
   * members, without the rest of the summary.
   */
  @Transactional(readOnly = true)
  public java.util.List<Dashboard.CoverageYear> coverage(
      long id, java.util.List<LocalDate> days, OrganizationScope scope) {
    var years = new ArrayList<Dashboard.CoverageYear>();
    for (var day : days) {
      var summary = organizationSummaries.of(id, day, scope);
      var places = summary.coverage().places().stream().map(PlaceView::id).toList();
      var withMembers =
          memberStatistics.placesWithMembersOn(places, cellsOf(summary.organization(), day), day);
      years.add(
          new Dashboard.CoverageYear(
              day.getYear(),
              places.size(),
              summary.coverage().withoutCell(),
              places.size() - withMembers.size()));
    }
    return years;
  }

  /** The cells of the organisation on the day: itself if it is a cell, and every cell below it. */
  java.util.List<OrganizationNode> cellNodesOf(OrganizationNode organization, LocalDate on) {
    var cells = new ArrayList<OrganizationNode>();
    if (organization.isCell()) {
      cells.add(organization);
    }
    organizations.descendantsOn(organization.id(), on).stream()
        .filter(OrganizationNode::isCell)
        .forEach(cells::add);
    return cells;
  }

  /** The ids of {@link #cellNodesOf}. */
  java.util.List<Long> cellsOf(OrganizationNode organization, LocalDate on) {
    return cellNodesOf(organization, on).stream().map(OrganizationNode::id).toList();
  }
}
