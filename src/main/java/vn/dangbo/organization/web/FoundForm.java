package vn.dangbo.organization.web;

import java.time.LocalDate;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.OrganizationKind;

record FoundForm(
    String name,
    OrganizationKind kind,
    CellType cellType,
    AdministrativeLevel level,
    Boolean grassroots,
    String code,
    LocalDate on,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer) {
  NewOrganization organization(long parentId) {
    return ReorganizationPages.fromForm(name, kind, level, grassroots, cellType, parentId, code);
  }
}
