package vn.dangbo.away;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.shared.RefusedException;

/** Where absences are loaded and saved, with the member's name for showing them. */
@Repository
class AbsenceRepository {

  private static final String SELECT =
      """
      select a.*, n.full_name from member_absence a join member_names n on n.id = a.member_id
      """;

  private final JdbcClient jdbc;

  AbsenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Absence> find(long id) {
    return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::absence).optional();
  }

  /** The absences of the cells still open, or ended since the day, by name. */
  List<Absence> ofCells(Collection<Long> cells, LocalDate endedSince) {
    return jdbc.sql(
            SELECT
                + """
                 where a.cell_id = any(:cells)
                  and (a.returned_on is null or a.returned_on >= :since)
                order by a.returned_on nulls first, n.full_name, a.id
                """)
        .param("cells", cells.toArray(Long[]::new))
        .param("since", endedSince)
        .query(this::absence)
        .list();
  }

  /** Whether the member has an absence still open. */
  boolean away(long memberId) {
    return jdbc.sql(
            "select exists (select 1 from member_absence where member_id = :m and returned_on is null)")
        .param("m", memberId)
        .query(Boolean.class)
        .single();
  }

  /** Every absence still open, by name. */
  List<Absence> allOpen() {
    return jdbc.sql(SELECT + " where a.returned_on is null order by n.full_name, a.id")
        .query(this::absence)
        .list();
  }

  long add(Absence absence, String by) {
    try {
      return jdbc.sql(
              """
              insert into member_absence (member_id, cell_id, abroad, destination, employer,
                since, expected_return, contact_channel, contact_detail, entered_by)
              values (:member, :cell, :abroad, :destination, :employer, :since, :expected,
                :channel, :detail, :by)
              returning id
              """)
          .param("member", absence.memberId())
          .param("cell", absence.cellId())
          .param("abroad", absence.abroad())
          .param("destination", absence.destination())
          .param("employer", absence.employer())
          .param("since", absence.since())
          .param("expected", absence.expectedReturn())
          .param("channel", absence.channel().name())
          .param("detail", absence.contactDetail())
          .param("by", by)
          .query(Long.class)
          .single();
    } catch (DuplicateKeyException alreadyAway) {
      // recorded at the same moment by someone else
      throw new RefusedException("away.refused.alreadyAway");
    }
  }

  /** Saves the contact and the return, if the absence is still at the version it was read at. */
  void save(Absence absence) {
    int saved =
        jdbc.sql(
                """
                update member_absence set last_contact = :contact, returned_on = :returned,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("contact", absence.lastContact())
            .param("returned", absence.returnedOn())
            .param("id", absence.id())
            .param("version", absence.version())
            .update();
    if (saved == 0) {
      throw new OptimisticLockingFailureException("member_absence " + absence.id());
    }
  }

  private Absence absence(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Absence(
        rs.getLong("id"),
        rs.getLong("member_id"),
        rs.getString("full_name"),
        rs.getLong("cell_id"),
        rs.getBoolean("abroad"),
        rs.getString("destination"),
        rs.getString("employer"),
        rs.getObject("since", LocalDate.class),
        rs.getObject("expected_return", LocalDate.class),
        ContactChannel.valueOf(rs.getString("contact_channel")),
        rs.getString("contact_detail"),
        rs.getObject("last_contact", LocalDate.class),
        rs.getObject("returned_on", LocalDate.class),
        rs.getInt("version"));
  }
}
