package vn.dangbo.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers read from tables whose changes concern every organisation (the tree, the rules), or from
 * the tables announced under one topic (the accounts), kept by key until the database announces
 * such a change ({@link FigureCache#unchangedSince}), at most {@code capacity} of them, the least
 * recently used dropped first. A transaction that writes reads afresh, as it may see its own
 * changes, which nobody has heard of yet; while announcements are not heard nothing is kept.
 */
public final class KeptUntilChange<K, V> {

  private record Kept<V>(long mark, V value) {}

  private final FigureCache changes;
  private final String topic;
  private final Map<K, Kept<V>> kept;

  /** Kept until a change that concerns every organisation. */
  public KeptUntilChange(FigureCache changes, int capacity) {
    this(changes, null, capacity);
  }

  /** Kept until a change announced under the topic, or one that concerns every organisation. */
  public KeptUntilChange(FigureCache changes, String topic, int capacity) {
    this.changes = changes;
    this.topic = topic;
    this.kept =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The answer kept for the key if nothing it is kept until has changed since it. */
  public V get(K key, Supplier<V> read) {
    if (!mayKeep()) {
      return read.get();
    }
    Kept<V> found;
    synchronized (kept) {
      found = kept.get(key);
    }
    if (found != null && unchangedSince(found.mark())) {
      return found.value();
    }
    var mark = changes.mark();
    V value = read.get();
    if (mark.isPresent()) {
      synchronized (kept) {
        kept.put(key, new Kept<>(mark.getAsLong(), value));
      }
    }
    return value;
  }

  private boolean unchangedSince(long mark) {
    return topic == null
        ? changes.unchangedSince(mark, List.of())
        : changes.unchangedSince(mark, topic);
  }

  /**
   * Whether an answer kept from before is as good as a new read here: outside a transaction, or in
   * one that only reads.
   */
  public static boolean mayKeep() {
    return !TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }
}
