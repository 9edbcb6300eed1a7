package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.shared.DecisionRef;

record StatusRequest(
    int version,
    MemberStatus status,
    LocalDate on,
    LocalDate until,
    DecisionRef decision,
    String reason) {}
