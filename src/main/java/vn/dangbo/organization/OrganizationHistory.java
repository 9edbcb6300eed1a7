package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;

/**
 * An organisation's past as recorded: its names and parents, and the reorganisations it went
 * through.
 */
@Repository
public class OrganizationHistory {

  private final JdbcClient jdbc;

  OrganizationHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Names and parents over the whole life of the organisation, oldest first. */
  public List<NameVersion> names(long id, OrganizationScope scope) {
    if (!scope.canSee(id)) {
      return List.of();
    }
    return jdbc.sql(
            """
            select v.valid_from, v.valid_to, v.name, v.parent_id,
              (select pv.name from organization_version pv where pv.organization_id = v.parent_id
                 and pv.valid_from <= v.valid_from order by pv.valid_from desc limit 1) as parent_name
            from organization_version v where v.organization_id = :id order by v.valid_from
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new NameVersion(
                    Organizations.period(rs),
                    rs.getString("name"),
                    rs.getObject("parent_id", Long.class),
                    rs.getString("parent_name")))
        .list();
  }

  /** The recorded changes that touched the organisation, oldest first. */
  public List<ReorganizationRecord> changesOf(long id, OrganizationScope scope) {
    if (!scope.canSee(id)) {
      return List.of();
    }
    return jdbc.sql(
            """
            select r.* from reorganization r
            join reorganization_subject s on s.reorganization_id = r.id
            where s.organization_id = :id order by r.effective_on, r.id
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new ReorganizationRecord(
                    rs.getLong("id"),
                    ReorganizationKind.valueOf(rs.getString("kind")),
                    rs.getObject("effective_on", LocalDate.class),
                    new DecisionRef(
                        rs.getString("decision_number"),
                        rs.getObject("decision_date", LocalDate.class),
                        rs.getString("decision_issuer")),
                    rs.getString("performed_by"),
                    rs.getTimestamp("performed_at").toInstant()))
        .list();
  }
}
