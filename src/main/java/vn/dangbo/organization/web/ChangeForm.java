package vn.dangbo.organization.web;

import java.time.LocalDate;
import vn.dangbo.organization.ReorganizationKind;

record ChangeForm(
    ReorganizationKind action,
    String name,
    Long parentId,
    LocalDate on,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer) {}
