package vn.dangbo.development;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Sex;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.EnumList;
import vn.dangbo.shared.IdMatch;

/** Reads candidates and their steps, always within the caller's scope. */
@Repository
public class Candidates {

  static final String SELECT =
      """
      select c.*, e.name as ethnicity_name,
        organization_name(c.cell_id) as cell_name
      from candidate c join ethnicity e on e.code = c.ethnicity_code
      """;

  /** The stages of people still in development, as the database spells them. */
  private static final String OPEN_STAGES =
      EnumList.of(
          java.util.Arrays.stream(Stage.values()).filter(stage -> !stage.finished()).toList());

  private final JdbcClient jdbc;
  private final PersonalData personalData;

  Candidates(JdbcClient jdbc, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
  }

  /**
   * The candidate with their steps, when in a cell the user sees with personal records, or when the
   * user is the member assigned to help them (a mentor follows their mentee).
   */
  public Optional<Candidate> find(long id, OrganizationScope scope) {
    return jdbc.sql(SELECT + " where c.id = :id")
        .param("id", id)
        .query(this::candidate)
        .optional()
        .map(c -> withSteps(c, steps(List.of(c.id())).getOrDefault(c.id(), List.of())))
        .filter(
            c ->
                (scope.personalRecords() && scope.canSee(c.person().cellId()))
                    || c.mentoredBy(scope.ownRecord()));
  }

  /** The candidates still in development whom the member helps, as their latest mentor. */
  public List<Candidate> mentoredBy(long memberId) {
    var ids =
        jdbc.sql(
                """
                select distinct s.candidate_id from candidate_step s
                join candidate c on c.id = s.candidate_id
                where s.mentor_id = :member and c.stage not in ('ADMITTED', 'LEFT')
                """)
            .param("member", memberId)
            .query(Long.class)
            .list();
    if (ids.isEmpty()) {
      return List.of();
    }
    var candidates =
        jdbc.sql(SELECT + " where c.id = any(:ids) order by c.search_key")
            .param("ids", ids.toArray(Long[]::new))
            .query(this::candidate)
            .list();
    var steps = steps(ids);
    return candidates.stream()
        .map(c -> withSteps(c, steps.getOrDefault(c.id(), List.of())))
        .filter(c -> c.mentoredBy(memberId))
        .toList();
  }

  /**
   * The candidates of the cells in scope (or of one cell), without their steps; those who left or
   * were admitted only when {@code finished} is true.
   */
  public List<Candidate> of(Long cellId, boolean finished, OrganizationScope scope) {
    if (!scope.personalRecords()) {
      return List.of();
    }
    var where = new ArrayList<String>();
    var params = new HashMap<String, Object>();
    if (cellId != null) {
      if (!scope.canSee(cellId)) {
        return List.of();
      }
      where.add("c.cell_id = :cell");
      params.put("cell", cellId);
    } else if (!scope.everything()) {
      where.add("c.cell_id = any(:cells)");
      params.put("cells", scope.visible().toArray(Long[]::new));
    }
    if (!finished) {
      // the open stages listed, so that both columns of the index on (cell, stage) narrow it
      where.add("c.stage in " + OPEN_STAGES);
    }
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    var candidates =
        jdbc.sql(SELECT + condition + " order by c.stage_since, c.id")
            .params(params)
            .query(this::candidate)
            .list();
    // the steps of the same candidates, found by the same condition: an array of their ids would
    // be planned again on every view (its generic plan assumes ten; a board shows a few)
    var steps = steps("s.candidate_id in (select c.id from candidate c" + condition + ")", params);
    return candidates.stream()
        .map(c -> withSteps(c, steps.getOrDefault(c.id(), List.of())))
        .toList();
  }

  /** Steps of many candidates in two queries, oldest first, by candidate. */
  Map<Long, List<Step>> steps(List<Long> ids) {
    var candidates = IdMatch.of("s.candidate_id", "ids", ids);
    return steps(candidates.sql(), Map.of("ids", candidates.value()));
  }

  /** Steps of the candidates the condition on {@code s} (a step) selects, by candidate. */
  private Map<Long, List<Step>> steps(String condition, Map<String, ?> params) {
    var introducers = new HashMap<Long, List<Introducer>>();
    jdbc.sql(
            "select i.* from candidate_introducer i join candidate_step s on s.id = i.step_id"
                + " where "
                + condition
                + " order by i.step_id, i.member_id")
        .params(params)
        .query(
            rs -> {
              introducers
                  .computeIfAbsent(rs.getLong("step_id"), k -> new ArrayList<>())
                  .add(
                      new Introducer(
                          rs.getLong("member_id"),
                          rs.getInt("months_known"),
                          rs.getBoolean("replacement")));
            });
    var result = new HashMap<Long, List<Step>>();
    jdbc.sql(
            "select s.* from candidate_step s where "
                + condition
                + " order by s.candidate_id, s.on_date, s.id")
        .params(params)
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("candidate_id"), k -> new ArrayList<>())
                  .add(
                      new Step(
                          rs.getLong("id"),
                          StepKind.valueOf(rs.getString("kind")),
                          Stage.valueOf(rs.getString("from_stage")),
                          Stage.valueOf(rs.getString("to_stage")),
                          rs.getObject("on_date", LocalDate.class),
                          rs.getLong("cell_id"),
                          new DecisionRef(
                              rs.getString("decision_number"),
                              rs.getObject("decision_date", LocalDate.class),
                              rs.getString("decision_issuer")),
                          rs.getObject("votes_for", Integer.class),
                          rs.getObject("votes_against", Integer.class),
                          rs.getObject("voters", Integer.class),
                          rs.getObject("passed", Boolean.class),
                          rs.getString("certificate"),
                          rs.getObject("mentor_id", Long.class),
                          introducers.getOrDefault(rs.getLong("id"), List.of()),
                          rs.getBoolean("youth_union_resolution"),
                          rs.getBoolean("trade_union_resolution"),
                          rs.getString("consent_number"),
                          rs.getString("note"),
                          rs.getString("entered_by"),
                          rs.getTimestamp("entered_at").toInstant()));
            });
    return result;
  }

  private static Candidate withSteps(Candidate c, List<Step> steps) {
    return new Candidate(
        c.id(),
        c.person(),
        c.ethnicity(),
        c.cellName(),
        c.stage(),
        c.stageSince(),
        c.memberId(),
        c.formerMembership(),
        c.version(),
        steps);
  }

  private Candidate candidate(ResultSet rs, int row) throws SQLException {
    var person =
        new NewCandidate(
            rs.getString("full_name"),
            Sex.valueOf(rs.getString("sex")),
            rs.getObject("birth_date", LocalDate.class),
            rs.getInt("ethnicity_code"),
            personalData.open(rs.getString("citizen_id")),
            rs.getObject("education_grade", Integer.class),
            rs.getBoolean("ethnic_area"),
            rs.getString("occupation"),
            personalData.open(rs.getString("residence")),
            rs.getObject("home_place_id", Long.class),
            rs.getLong("cell_id"),
            rs.getString("mass_organization"),
            rs.getBoolean("youth_union"),
            rs.getBoolean("militia"),
            rs.getBoolean("teacher"),
            rs.getBoolean("health_worker"),
            rs.getBoolean("village_official"),
            null,
            null,
            rs.getString("birth_place"),
            rs.getString("home_town"),
            rs.getString("religion"),
            personalData.open(rs.getString("phone")));
    return new Candidate(
        rs.getLong("id"),
        person,
        rs.getString("ethnicity_name"),
        rs.getString("cell_name"),
        Stage.valueOf(rs.getString("stage")),
        rs.getObject("stage_since", LocalDate.class),
        rs.getObject("member_id", Long.class),
        formerMembership(rs),
        rs.getInt("version"),
        List.of());
  }

  private static FormerMembership formerMembership(ResultSet rs) throws SQLException {
    String reason = rs.getString("former_exit_reason");
    if (reason == null) {
      return null;
    }
    Integer times = rs.getObject("former_times_readmitted", Integer.class);
    return new FormerMembership(
        rs.getObject("former_left_on", LocalDate.class),
        FormerMembership.ExitReason.valueOf(reason),
        rs.getObject("former_record_cleared_on", LocalDate.class),
        times == null ? 0 : times,
        rs.getString("readmission_consent"));
  }
}
