package vn.dangbo.organization.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.organization.CellAssignment;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.OrganizationSummary;

/**
 * What a page shows of one unit: as it is today, or on its last day if it has ended (with what it
 * became).
 */
record UnitView(
    OrganizationNode node,
    LocalDate shownOn,
    boolean ended,
    List<OrganizationNode> successors,
    OrganizationSummary summary,
    List<OrganizationNode> children,
    List<CellAssignment> inCharge) {

  /** The assignments grouped by committee member, for a compact list on a phone. */
  public Map<Long, List<CellAssignment>> inChargeByMember() {
    var grouped = new LinkedHashMap<Long, List<CellAssignment>>();
    inCharge.stream()
        .sorted(Comparator.comparing(CellAssignment::committeeMemberName))
        .forEach(
            a -> grouped.computeIfAbsent(a.committeeMemberId(), k -> new ArrayList<>()).add(a));
    return grouped;
  }
}
