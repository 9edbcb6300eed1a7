package vn.dangbo.members;

import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a member's status and cell are written: the only code that sets them, each change checking
 * and moving the record's optimistic version. The history behind them is written by {@link
 * MemberHistory}.
 */
@Repository
class MemberRepository {

  private final JdbcClient jdbc;

  MemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The member's status from a day, and the day they became official (if they are). */
  void saveStatus(
      long id, int version, MemberStatus status, LocalDate since, LocalDate officialDate) {
    int updated =
        jdbc.sql(
                """
                update member set status = :status, status_since = :on, official_date = :official,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("status", status.name())
            .param("on", since)
            .param("official", officialDate)
            .param("id", id)
            .param("version", version)
            .update();
    requireUpdated(updated, id, version);
  }

  /** The member in a cell with a status from a day (a move, a transfer received). */
  void savePlacement(long id, int version, long cellId, MemberStatus status, LocalDate since) {
    int updated =
        jdbc.sql(
                """
                update member set cell_id = :cell, status = :status, status_since = :since,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("cell", cellId)
            .param("status", status.name())
            .param("since", since)
            .param("id", id)
            .param("version", version)
            .update();
    requireUpdated(updated, id, version);
  }

  private static void requireUpdated(int updated, long id, int version) {
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "member " + id + " changed since version " + version);
    }
  }
}
