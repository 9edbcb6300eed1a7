package vn.dangbo.members;

import java.time.LocalDate;

/**
 * A member as stored: the record, the current status and since when, and the version that guards
 * against two people overwriting each other.
 */
public record Member(
    long id,
    MemberRecord record,
    String ethnicity,
    String cellName,
    MemberStatus status,
    LocalDate statusSince,
    LocalDate officialDate,
    int version) {

  public String fullName() {
    return record.fullName();
  }
}
