package vn.dangbo.members.web;

import jakarta.validation.constraints.NotNull;
import vn.dangbo.members.MemberRecord;

/**
 * A correction; {@code reason} is kept in the audit trail and is required from the office of an
 * organisation that has ended.
 */
record CorrectRequest(
    int version, @NotNull MemberRecord record, boolean confirmedNotDuplicate, String reason) {}
