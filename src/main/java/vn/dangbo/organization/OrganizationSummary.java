package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.Map;

/** The figures of one organisation on one day: its cells by type and the coverage of its places. */
public record OrganizationSummary(
    OrganizationNode organization,
    LocalDate on,
    int cells,
    Map<CellType, Integer> cellsByType,
    int partialCommittees,
    Coverage coverage) {}
