package vn.dangbo.protection;

/**
 * A table whose rows hold sealed values, declared by the module that owns it so that {@link
 * Resealing} can bring every row under the current key: the values written before sealing began,
 * and those sealed under a key being retired.
 */
public interface SealedRecords {

  /** What the audit trail's line for a batch of resealed rows says. */
  String AUDITED_AS = "khóa mới cho dữ liệu cá nhân";

  /** The table, as the progress shows it. */
  String table();

  /**
   * Reseals under the current key the rows after {@code afterId} (by id, at most {@code limit}), in
   * the caller's transaction.
   */
  Batch resealAfter(long afterId, int limit);

  /**
   * What one batch did: the last id it looked at (-1 when none was left), rows looked at, rows
   * changed.
   */
  record Batch(long lastId, int looked, int changed) {

    public static Batch none() {
      return new Batch(-1, 0, 0);
    }
  }
}
