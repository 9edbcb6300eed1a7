package vn.dangbo.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Has the rest of the current transaction's statements planned for their values. Figures over a
 * part of the tree pass the cells as an array: a dozen for a commune, a thousand for a province.
 * The JDBC driver prepares a statement on the server after five runs, and PostgreSQL may then keep
 * one generic plan for every array: a plan fit for a dozen cells read a province's history through
 * nested loops (2.3 times slower than the plan made for its thousand cells). Ordinary pages keep
 * the server's default, which re-plans a prepared statement only when that pays: planning every
 * statement of every page cost a third of PostgreSQL's time.
 */
public final class CustomPlans {

  private static final ReadOnlyMemo ASKED = new ReadOnlyMemo("customPlans");

  private CustomPlans() {}

  /**
   * From now until the transaction ends (the setting ends with it); asked once per read-only
   * transaction however many figures it computes. There must be a transaction.
   */
  public static void forThisTransaction(JdbcClient jdbc) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("figures are computed within a transaction");
    }
    ASKED.get(
        CustomPlans.class,
        () -> jdbc.sql("set local plan_cache_mode = force_custom_plan").update());
  }
}
