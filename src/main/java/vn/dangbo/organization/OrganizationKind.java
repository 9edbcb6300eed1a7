package vn.dangbo.organization;

/** Committee (đảng bộ), partial committee (đảng bộ bộ phận) or cell (chi bộ). */
public enum OrganizationKind {
  COMMITTEE,
  PARTIAL_COMMITTEE,
  CELL;

  public boolean canHaveChildren() {
    return this != CELL;
  }
}
