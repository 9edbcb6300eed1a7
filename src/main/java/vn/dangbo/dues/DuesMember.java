package vn.dangbo.dues;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Sex;
import vn.dangbo.members.StatusChange;

/** What the dues of a member depend on besides the dues records: who, and where when. */
record DuesMember(
    long id,
    String fullName,
    Sex sex,
    LocalDate birthDate,
    LocalDate admissionDecision,
    List<StatusChange> history) {

  /** The history entry in force on the day, if the member had one then. */
  StatusChange on(LocalDate day) {
    StatusChange found = null;
    for (var change : history) {
      if (change.effectiveOn().isAfter(day)) {
        break;
      }
      found = change;
    }
    return found;
  }

  /** Whether the member was in a cell on the day (not gone). */
  boolean memberOn(LocalDate day) {
    var entry = on(day);
    return entry != null && !entry.to().ended();
  }

  MemberStatus statusOn(LocalDate day) {
    var entry = on(day);
    return entry == null ? null : entry.to();
  }
}
