package vn.dangbo.members.web;

import java.time.LocalDate;

record MoveForm(
    Integer version,
    Long cellId,
    LocalDate on,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    String reason) {}
