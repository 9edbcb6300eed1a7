package vn.dangbo.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reason given for a change, kept in the detail of every audit line the current transaction
 * writes (see the V42 migration). Used where a change must be explained: a correction of an ended
 * organisation's record, a rule version dated back over decisions already taken.
 */
public final class AuditReason {

  private AuditReason() {}

  /** Keeps {@code reason} with the changes of the current transaction; nothing when blank. */
  public static void give(JdbcClient jdbc, String reason) {
    if (reason == null || reason.isBlank()) {
      return;
    }
    jdbc.sql("select set_config('dangbo.audit.reason', :reason, true)")
        .param("reason", reason.strip())
        .query(String.class)
        .single();
  }
}
