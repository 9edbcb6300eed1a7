package vn.dangbo.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves data requests; the answer with the optimistic version. */
@Repository
class DataRequestRepository {

  private final JdbcClient jdbc;

  DataRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long add(DataRequest r) {
    return jdbc.sql(
            """
            insert into data_request (member_id, cell_id, kind, reason, state, asked_by, asked_at)
            values (:member, :cell, :kind, :reason, 'PENDING', :by, :at) returning id
            """)
        .param("member", r.memberId())
        .param("cell", r.cellId())
        .param("kind", r.kind().name())
        .param("reason", r.reason())
        .param("by", r.askedBy())
        .param("at", r.askedAt())
        .query(Long.class)
        .single();
  }

  void saveAnswer(DataRequest r) {
    int updated =
        jdbc.sql(
                """
                update data_request set state = :state, answered_by = :by, answered_at = :at,
                  answer = :answer, legal_basis = :basis, version = version + 1
                where id = :id and version = :version
                """)
            .param("state", r.state().name())
            .param("by", r.answeredBy())
            .param("at", r.answeredAt())
            .param("answer", r.answer())
            .param("basis", r.legalBasis())
            .param("id", r.id())
            .param("version", r.version())
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("data request " + r.id() + " changed");
    }
  }

  Optional<DataRequest> find(long id) {
    return jdbc.sql("select * from data_request where id = :id")
        .param("id", id)
        .query(DataRequestRepository::request)
        .optional();
  }

  List<DataRequest> ofMember(long memberId) {
    return jdbc.sql(
            "select * from data_request where member_id = :m order by asked_at desc, id desc")
        .param("m", memberId)
        .query(DataRequestRepository::request)
        .list();
  }

  /** A cell's requests: pending, and answered since the day given. */
  List<DataRequest> ofCell(long cellId, OffsetDateTime answeredSince) {
    return jdbc.sql(
            """
            select * from data_request where cell_id = :cell
              and (state = 'PENDING' or answered_at >= :since)
            order by asked_at desc, id desc
            """)
        .param("cell", cellId)
        .param("since", answeredSince)
        .query(DataRequestRepository::request)
        .list();
  }

  private static DataRequest request(ResultSet rs, int n) throws SQLException {
    return new DataRequest(
        rs.getLong("id"),
        rs.getLong("member_id"),
        rs.getLong("cell_id"),
        DataRequest.Kind.valueOf(rs.getString("kind")),
        rs.getString("reason"),
        DataRequest.State.valueOf(rs.getString("state")),
        rs.getString("asked_by"),
        rs.getObject("asked_at", OffsetDateTime.class),
        rs.getString("answered_by"),
        rs.getObject("answered_at", OffsetDateTime.class),
        rs.getString("answer"),
        rs.getString("legal_basis"),
        rs.getInt("version"));
  }
}
