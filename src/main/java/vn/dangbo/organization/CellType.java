package vn.dangbo.organization;

/** Where a cell works; reports and coverage group cells by it. */
public enum CellType {
  VILLAGE,
  SCHOOL,
  HEALTH_STATION,
  AGRICULTURAL_EXTENSION_STATION,
  AGENCY,
  ENTERPRISE,
  ARMED_FORCES,
  OTHER
}
