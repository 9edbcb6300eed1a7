package vn.dangbo.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers answers for the rest of the current read-only transaction. A dashboard asks a dozen
 * modules for figures of the same part of the tree on the same day, and each of them asks for the
 * part's organisations again (4,000 of them for a province, 40 ms each time); within one read-only
 * transaction nothing can change them, so the first answer is kept until the transaction ends.
 * Outside a transaction, or in one that writes, every call computes afresh.
 */
public final class ReadOnlyMemo {

  private final String name;

  /** A memo; the name keeps answers of different memos apart. */
  public ReadOnlyMemo(String name) {
    this.name = ReadOnlyMemo.class.getName() + "." + name;
  }

  /** Whether answers are remembered now: in a read-only transaction. */
  public static boolean remembering() {
    return TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }

  /** The answer remembered for the key in this transaction, or the computed one, remembered. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    if (!remembering()) {
      return compute.get();
    }
    var answers = (Map<Object, Object>) TransactionSynchronizationManager.getResource(name);
    if (answers == null) {
      var fresh = new HashMap<Object, Object>();
      TransactionSynchronizationManager.bindResource(name, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(name);
            }
          });
      answers = fresh;
    }
    T known = (T) answers.get(key);
    if (known == null) {
      known = compute.get();
      answers.put(key, known);
    }
    return known;
  }
}
