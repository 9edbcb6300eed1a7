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
    var cells = new ArrayList<Long>();
    if (summary.organization().isCell()) {
      cells.add(id);
    }
    organizations.descendantsOn(id, on).stream()
        .filter(OrganizationNode::isCell)
        .map(OrganizationNode::id)
        .forEach(cells::add);
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
}
