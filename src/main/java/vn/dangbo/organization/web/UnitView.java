package vn.dangbo.organization.web;

import java.time.LocalDate;
import java.util.List;
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
    List<CellAssignment> inCharge) {}
