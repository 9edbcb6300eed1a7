package vn.dangbo.organization;

import vn.dangbo.shared.Period;

/** A committee member in charge of a cell (cấp ủy viên phụ trách chi bộ) for a period. */
public record CellAssignment(
    long id,
    long committeeMemberId,
    String committeeMemberName,
    CommitteePosition position,
    long cellId,
    String cellName,
    Period period) {}
