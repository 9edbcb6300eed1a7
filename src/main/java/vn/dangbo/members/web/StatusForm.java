package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.members.MemberStatus;

record StatusForm(
    Integer version,
    MemberStatus status,
    LocalDate on,
    LocalDate until,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    String reason) {}
