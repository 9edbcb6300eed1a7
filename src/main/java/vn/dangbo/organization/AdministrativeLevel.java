package vn.dangbo.organization;

/** The level of a committee; districts exist only in history since 2025-07-01. */
public enum AdministrativeLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
