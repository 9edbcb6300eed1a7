package vn.dangbo.evaluations;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;

/** A member's or an organisation's grades over the years. */
@Service
public class GradeHistory {

  private final JdbcClient jdbc;
  private final Evaluations evaluations;

  GradeHistory(JdbcClient jdbc, Evaluations evaluations) {
    this.jdbc = jdbc;
    this.evaluations = evaluations;
  }

  /** One year of a member's or an organisation's grade history. */
  public record History(
      long cycleId,
      String cycleTitle,
      PeriodKind periodKind,
      int year,
      Integer quarter,
      long cellId,
      String cellName,
      Grade self,
      Grade proposed,
      Grade decided,
      BigDecimal points) {}

  /**
   * A member's grades over the years, newest first: the years in cells the user sees (all of them
   * for the member themself).
   */
  @Transactional(readOnly = true)
  public List<History> historyOfMember(long memberId, OrganizationScope scope) {
    return history(true, memberId).stream()
        .filter(
            h ->
                scope.isOwnRecord(memberId)
                    || (scope.personalRecords() && scope.canSee(h.cellId())))
        .toList();
  }

  /** An organisation's grades over the years, newest first. */
  @Transactional(readOnly = true)
  public List<History> historyOfOrganization(long organizationId, OrganizationScope scope) {
    if (!scope.canSee(organizationId) || !scope.personalRecords()) {
      return List.of();
    }
    return history(false, organizationId);
  }

  private List<History> history(boolean ofMember, long id) {
    return jdbc.sql(
            """
            select c.id, c.title, c.period_kind, c.year, c.quarter, e.cell_id,
              organization_name_on(e.cell_id, c.period_to) as cell_name,
              (select grade from evaluation_step where evaluation_id = e.id and step = 'SELF') as self,
              (select grade from evaluation_step where evaluation_id = e.id and step = 'PROPOSAL')
                as proposed,
              d.grade as decided, d.general_points + d.task_points as points
            from evaluation e join evaluation_cycle c on c.id = e.cycle_id
            left join evaluation_step d on d.evaluation_id = e.id and d.step = 'DECISION'
            where """
                + (ofMember ? " e.member_id" : " e.organization_id")
                + " = :id order by c.year desc, c.quarter desc nulls first, c.id desc")
        .param("id", id)
        .query(
            (rs, n) ->
                new History(
                    rs.getLong("id"),
                    rs.getString("title"),
                    PeriodKind.valueOf(rs.getString("period_kind")),
                    rs.getInt("year"),
                    (Integer) rs.getObject("quarter"),
                    rs.getLong("cell_id"),
                    rs.getString("cell_name"),
                    Evaluations.grade(rs.getString("self")),
                    Evaluations.grade(rs.getString("proposed")),
                    Evaluations.grade(rs.getString("decided")),
                    rs.getBigDecimal("points")))
        .list();
  }
}
