package vn.dangbo.protection;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every sealed row under the current key, table by table in batches of a few hundred rows,
 * each batch its own short transaction, so the application keeps answering meanwhile (a row being
 * resealed is locked for the instant of its batch; a reader opens it under the old key or the new
 * one alike). A pass is needed after the upgrade that began sealing (the rows written before it are
 * clear) and after a key is added; it runs on start when needed, every few minutes while needed,
 * and at once when an administrator adds a key.
 */
public class Resealing {

  private static final Logger log = LoggerFactory.getLogger(Resealing.class);
  static final int BATCH = 500;
  private static final String CANARY = "dangbo";

  private final List<SealedRecords> tables;
  private final PersonalData data;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile Progress progress = Progress.NONE;

  Resealing(
      List<SealedRecords> tables,
      PersonalData data,
      JdbcClient jdbc,
      TransactionTemplate transactions) {
    this.tables = tables;
    this.data = data;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * Refuses to go on with keys that do not open this database's data (a key file lost and made
   * anew, the keys of another installation); the first start seals the canary.
   */
  public void checkKeys() {
    String canary =
        jdbc.sql("select canary from protection_state").query(String.class).optional().orElse(null);
    if (canary == null) {
      jdbc.sql("update protection_state set canary = :canary")
          .param("canary", data.seal(CANARY))
          .update();
      return;
    }
    String opened;
    try {
      opened = data.open(canary);
    } catch (IllegalStateException e) {
      opened = null;
    }
    if (!CANARY.equals(opened)) {
      throw new IllegalStateException(
          "The keys for personal data ("
              + data.keys().where()
              + ") do not open this database's data: restore the key file or the keys kept apart"
              + " from the backups (docs/privacy.md, Keys)");
    }
  }

  /**
   * Whether some rows may be clear or under a key that is not current: a pass was asked for, or the
   * last pass sealed under another key than today's current one (an instance restarted with a new
   * key in its environment).
   */
  public boolean needed() {
    return jdbc.sql("select pass_needed or pass_key is distinct from :key from protection_state")
        .param("key", data.keys().current())
        .query(Boolean.class)
        .single();
  }

  /**
   * Runs a pass when one is needed and none is running here; answers what it did. The keys are read
   * again first, so an instance sharing a key file follows a key another instance added.
   */
  public Progress runIfNeeded() {
    data.reload();
    return needed() ? run() : progress;
  }

  /** Adds a key to the key file, current from now on, and reseals every row under it. */
  public String rotate() {
    String key = data.addKey();
    markNeeded();
    return key;
  }

  /** Reads the keys again (after they were changed where they are kept) and reseals if needed. */
  public void reload() {
    data.reload();
    markNeeded();
  }

  private void markNeeded() {
    jdbc.sql("update protection_state set pass_needed = true").update();
  }

  /** One pass over every table; nothing when a pass is already running in this instance. */
  public Progress run() {
    if (!running.compareAndSet(false, true)) {
      return progress;
    }
    try {
      String key = data.keys().current();
      jdbc.sql(
              "update protection_state set pass_key = :key, pass_started_at = now(),"
                  + " pass_ended_at = null")
          .param("key", key)
          .update();
      var started = Instant.now();
      long looked = 0;
      long changed = 0;
      for (var table : tables) {
        long after = 0;
        while (true) {
          long from = after;
          var batch = transactions.execute(status -> table.resealAfter(from, BATCH));
          if (batch.lastId() < 0) {
            break;
          }
          after = batch.lastId();
          looked += batch.looked();
          changed += batch.changed();
          progress = new Progress(key, started, null, table.table(), looked, changed);
        }
        if (changed > 0) {
          log.info(
              "Resealed under key {}: {} rows changed so far ({})", key, changed, table.table());
        }
      }
      progress = new Progress(key, started, Instant.now(), null, looked, changed);
      // a key added while the pass ran leaves the pass needed
      jdbc.sql(
              "update protection_state set pass_needed = false, pass_ended_at = now(),"
                  + " canary = :canary where pass_key = :key")
          .param("key", data.keys().current())
          .param("canary", data.seal(CANARY))
          .update();
      return progress;
    } finally {
      running.set(false);
    }
  }

  /** The last pass of this instance, or the one running. */
  public Progress progress() {
    return progress;
  }

  /**
   * A pass: the key it seals with, when it began and ended (null while it runs), the table it is
   * at, the rows looked at and changed.
   */
  public record Progress(
      String key, Instant started, Instant ended, String table, long looked, long changed) {
    static final Progress NONE = new Progress(null, null, null, null, 0, 0);
  }
}
