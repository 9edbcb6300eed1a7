package vn.dangbo.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangbo.members.MemberFigures;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.Coverage;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.PlaceView;

/**
 * An organisation on a day: its cells by type, its members (đảng số and make-up, and each cell's
 * counts), and the coverage of its places by cells and by members.
 */
public record UnitSummary(
    OrganizationNode organization,
    LocalDate on,
    int cells,
    Map<CellType, Integer> cellsByType,
    int partialCommittees,
    MemberFigures members,
    Map<Long, MemberStatistics.CellCounts> membersByCell,
    Coverage coverage,
    Map<Long, Integer> membersByPlace) {

  public List<PlaceView> placesWithoutMembers() {
    return coverage.places().stream()
        .filter(p -> membersByPlace.getOrDefault(p.id(), 0) == 0)
        .toList();
  }
}
