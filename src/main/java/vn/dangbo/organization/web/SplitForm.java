package vn.dangbo.organization.web;

import java.time.LocalDate;

record SplitForm(
    String name1,
    String name2,
    String name3,
    LocalDate on,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer) {}
