package vn.dangbo.organization;

import java.time.LocalDate;
import vn.dangbo.shared.Period;

/**
 * One organisation as it was on a given day: its name and parent on that day, with the period in
 * which the organisation exists at all.
 */
public record OrganizationNode(
    long id,
    String code,
    String name,
    OrganizationKind kind,
    AdministrativeLevel level,
    boolean grassroots,
    CellType cellType,
    Long parentId,
    Period existence) {

  public boolean isCell() {
    return kind == OrganizationKind.CELL;
  }

  public boolean existsOn(LocalDate day) {
    return existence.contains(day);
  }
}
