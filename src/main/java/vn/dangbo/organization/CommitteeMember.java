package vn.dangbo.organization;

import vn.dangbo.shared.Period;

/** A member of a party committee (cấp ủy viên) during their term. */
public record CommitteeMember(
    long id, long committeeId, String fullName, CommitteePosition position, Period term) {}
