package vn.dangbo.organization;

import vn.dangbo.shared.RefusedException;

/** What is needed to found an organisation (alone, or as the result of a merge or split). */
public record NewOrganization(
    String name,
    OrganizationKind kind,
    AdministrativeLevel level,
    boolean grassroots,
    CellType cellType,
    Long parentId,
    String code) {

  public NewOrganization {
    name = name == null ? null : name.strip();
    code = code == null || code.isBlank() ? null : code.strip();
    if (name == null || name.isEmpty()) {
      throw new RefusedException("organization.refused.nameRequired");
    }
    if (name.length() > 200) {
      throw new RefusedException("organization.refused.nameTooLong", 200);
    }
    if (kind == null) {
      throw new RefusedException("organization.refused.kindRequired");
    }
    if ((kind == OrganizationKind.CELL) != (cellType != null)) {
      throw new RefusedException("organization.refused.cellTypeOnlyForCells");
    }
    if (level != null && kind != OrganizationKind.COMMITTEE) {
      throw new RefusedException("organization.refused.levelOnlyForCommittees");
    }
  }

  public static NewOrganization cell(String name, CellType type, long parentId) {
    return new NewOrganization(name, OrganizationKind.CELL, null, false, type, parentId, null);
  }

  public static NewOrganization committee(
      String name, AdministrativeLevel level, boolean grassroots, Long parentId) {
    return new NewOrganization(
        name, OrganizationKind.COMMITTEE, level, grassroots, null, parentId, null);
  }

  public NewOrganization withCode(String newCode) {
    return new NewOrganization(name, kind, level, grassroots, cellType, parentId, newCode);
  }
}
