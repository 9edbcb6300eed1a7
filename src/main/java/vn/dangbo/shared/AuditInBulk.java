package vn.dangbo.shared;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written in bulk (an import, the resealing of personal data under a new key) are audited one
 * line per statement, with who, when, what and the rows' keys, instead of each row's contents (see
 * the V24 and V58 migrations).
 */
public final class AuditInBulk {

  private AuditInBulk() {}

  /** Runs {@code work} with its inserts and updates audited in bulk as {@code what}. */
  public static <T> T around(JdbcClient jdbc, String what, Supplier<T> work) {
    set(jdbc, what);
    try {
      return work.get();
    } finally {
      set(jdbc, "");
    }
  }

  private static void set(JdbcClient jdbc, String what) {
    jdbc.sql("select set_config('dangbo.audit.bulk', :what, true)")
        .param("what", what)
        .query(String.class)
        .single();
  }
}
