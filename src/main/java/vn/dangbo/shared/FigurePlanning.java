package vn.dangbo.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Has the rest of the current transaction's statements planned for their values, with room to hash
 * what they group. Figures over a part of the tree pass the cells as an array: a dozen for a
 * commune, a thousand for a province. The JDBC driver prepares a statement on the server after five
 * runs, and PostgreSQL may then keep one generic plan for every array: a plan fit for a dozen cells
 * read a province's history through nested loops (2.3 times slower than the plan made for its
 * thousand cells). Ordinary pages keep the server's default, which re-plans a prepared statement
 * only when that pays: planning every statement of every page cost a third of PostgreSQL's time.
 *
 * <p>On a national database PostgreSQL's sample of a few tens of thousands of rows sees a quarter
 * of the 250,000 cells, so it expects five times the members of a province's cells and, with the
 * default 4 MB per grouping, sorts them on disk instead of hashing them (a province's member
 * figures: 345 ms sorted, 150 ms hashed). Figures may use {@link #WORK_MEM} per grouping; it is
 * only taken when the groups need it (a province's 90,000 members make a few tens of thousands).
 */
public final class FigurePlanning {

  /** The memory each sort or hash of a figure may take before it spills to disk. */
  static final String WORK_MEM = "64MB";

  private static final ReadOnlyMemo ASKED = new ReadOnlyMemo("figurePlanning");

  private FigurePlanning() {}

  /**
   * From now until the transaction ends (the settings end with it); asked once per read-only
   * transaction however many figures it computes. There must be a transaction.
   */
  public static void forThisTransaction(JdbcClient jdbc) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("figures are computed within a transaction");
    }
    ASKED.get(
        FigurePlanning.class,
        () ->
            jdbc.sql(
                    "select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('work_mem', :workMem, true)")
                .param("workMem", WORK_MEM)
                .query()
                .singleRow());
  }
}
