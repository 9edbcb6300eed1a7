package vn.dangbo.organization.web;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.OrganizationKind;

record MergeForm(
    List<Long> organizationIds,
    String name,
    OrganizationKind kind,
    AdministrativeLevel level,
    Boolean grassroots,
    CellType cellType,
    Long parentId,
    String code,
    LocalDate on,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer) {
  NewOrganization successor() {
    return ReorganizationPages.fromForm(name, kind, level, grassroots, cellType, parentId, code);
  }
}
