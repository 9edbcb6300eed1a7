package vn.dangbo.members.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.shared.DecisionRef;

record OpenRequest(
    @NotNull MemberRecord record,
    MemberStatus status,
    LocalDate since,
    DecisionRef decision,
    boolean confirmedNotDuplicate,
    boolean transferredIn) {}
