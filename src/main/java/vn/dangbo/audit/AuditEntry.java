package vn.dangbo.audit;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One line of the audit trail. For a change, {@code before} and {@code after} hold the row (secrets
 * and file contents left out); {@link #changed()} lists the fields that differ. The time is in the
 * application's zone (Vietnam).
 */
public record AuditEntry(
    long id,
    ZonedDateTime at,
    String actor,
    String onBehalfOf,
    String address,
    String action,
    String recordType,
    String recordId,
    Map<String, Object> before,
    Map<String, Object> after,
    String detail) {

  /** The fields whose value differs between before and after, with both values. */
  public Map<String, String[]> changed() {
    var result = new java.util.TreeMap<String, String[]>();
    var keys = new java.util.TreeSet<String>();
    if (before != null) {
      keys.addAll(before.keySet());
    }
    if (after != null) {
      keys.addAll(after.keySet());
    }
    for (var key : keys) {
      Object old = before == null ? null : before.get(key);
      Object now = after == null ? null : after.get(key);
      if (!java.util.Objects.equals(old, now)) {
        result.put(
            key,
            new String[] {old == null ? "" : old.toString(), now == null ? "" : now.toString()});
      }
    }
    return result;
  }
}
