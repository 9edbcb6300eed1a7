package vn.dangbo.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How figures are planned. Figures over a part of the tree pass the cells as an array: a dozen for
 * a commune, a thousand for a province. The JDBC driver prepares a statement on the server after
 * five runs, and PostgreSQL may then keep one generic plan for every array: a plan fit for a dozen
 * cells read a province's history through nested loops (2.3 times slower than the plan made for its
 * thousand cells). So the rest of a transaction's statements are planned for their values once it
 * computes a figure ({@link #forThisTransaction}). Ordinary pages keep the server's default, which
 * re-plans a prepared statement only when that pays: planning every statement of every page cost a
 * third of PostgreSQL's time.
 */
public final class FigurePlanning {

  /** The memory a grouping given room may take before it spills to disk. */
  static final String ROOM_TO_HASH = "64MB";

  private static final ReadOnlyMemo ASKED = new ReadOnlyMemo("figurePlanning");

  private FigurePlanning() {}

  /**
   * From now until the transaction ends (the setting ends with it); asked once per read-only
   * transaction however many figures it computes. There must be a transaction.
   */
  public static void forThisTransaction(JdbcClient jdbc) {
    requireTransaction();
    ASKED.get(
        FigurePlanning.class,
        () -> jdbc.sql("set local plan_cache_mode = force_custom_plan").update());
  }

  /**
   * Runs a query that groups many rows into a few with {@link #ROOM_TO_HASH} for each sort or hash,
   * then gives the transaction back the memory it had. On a national database PostgreSQL's sample
   * of a few tens of thousands of rows sees a quarter of the 250,000 cells, so it expects five
   * times a province's members and as many groups, and with the default 4 MB it sorts them on disk
   * instead of hashing them (a province's member figures: 345 ms sorted, 150 ms hashed; the memory
   * is only taken as the groups need it). Only for such a query: given the same room, the funnel's
   * join chose to hash all 500,000 candidates of the country (450 ms instead of 115). A query that
   * fails ends its transaction, and the setting with it.
   */
  public static void withRoomToHash(JdbcClient jdbc, Runnable query) {
    requireTransaction();
    String before =
        jdbc.sql(
                """
                select before from (select current_setting('work_mem') as before offset 0) b,
                  lateral set_config('work_mem', :room, true)
                """)
            .param("room", ROOM_TO_HASH)
            .query(String.class)
            .single();
    query.run();
    jdbc.sql("select set_config('work_mem', :before, true)")
        .param("before", before)
        .query(String.class)
        .single();
  }

  private static void requireTransaction() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("figures are computed within a transaction");
    }
  }
}
