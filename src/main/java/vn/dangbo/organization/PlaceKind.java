package vn.dangbo.organization;

/** Villages (bản), schools, health stations, agricultural extension stations, agencies. */
public enum PlaceKind {
  VILLAGE,
  SCHOOL,
  HEALTH_STATION,
  AGRICULTURAL_EXTENSION_STATION,
  AGENCY,
  OTHER
}
