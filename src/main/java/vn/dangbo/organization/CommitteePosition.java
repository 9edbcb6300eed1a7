package vn.dangbo.organization;

/** Position in a party committee (cấp ủy). */
public enum CommitteePosition {
  SECRETARY,
  DEPUTY_SECRETARY,
  STANDING_MEMBER,
  MEMBER
}
