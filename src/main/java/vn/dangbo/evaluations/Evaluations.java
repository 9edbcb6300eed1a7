package vn.dangbo.evaluations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Evaluation cycles and their steps as the user may see them, and the reads the evaluation use
 * cases share ({@link EvaluationCycles} opens and closes cycles, {@link EvaluationSteps} records
 * steps, {@link GradeHistory} reads the years). A cycle of a grassroots organisation evaluates, on
 * the last day of its period, every member counted in its cells (official, probationary, or
 * attached elsewhere for a while: they are reviewed where they belong), but not those exempted from
 * activities nor those only attached here; every organisation below it; and the organisation
 * itself.
 *
 * <p>Who records which step: a member their own self-assessment (the cell's managers may enter it
 * for a member without an account); the cell's managers the proposal for their members; the
 * grassroots committee's office the decision. For an organisation: its managers the
 * self-assessment, the managers of the organisation above the proposal and the decision.
 */
@Service
public class Evaluations {

  /** The statuses of the members a cycle evaluates. */
  static final Set<MemberStatus> EVALUATED =
      EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY, MemberStatus.ATTACHED_ELSEWHERE);

  /**
   * What a manager asks for when opening a cycle (a form or a JSON body); {@link EvaluationCycles}
   * checks it and refuses with a message per field.
   */
  public record CycleRequest(
      Long organizationId,
      PeriodKind periodKind,
      Integer year,
      Integer quarter,
      LocalDate periodFrom,
      LocalDate periodTo,
      String title,
      LocalDate selfDue,
      LocalDate proposalDue,
      LocalDate decisionDue) {}

  private static final String CYCLE_COLUMNS =
      """
      c.*, organization_name_on(c.organization_id, c.period_to) as org_name
      """;

  private final JdbcClient jdbc;
  private final RuleBook rules;

  Evaluations(JdbcClient jdbc, RuleBook rules) {
    this.jdbc = jdbc;
    this.rules = rules;
  }

  /** The cycles the user takes part in: of an organisation they see, or evaluating their cell. */
  @Transactional(readOnly = true)
  public List<EvaluationCycle> cycles(OrganizationScope scope) {
    return jdbc.sql(
            "select "
                + CYCLE_COLUMNS
                + """
                from evaluation_cycle c
                where :everything or c.organization_id = any(:visible) or exists (
                  select 1 from evaluation e where e.cycle_id = c.id and e.cell_id = any(:visible))
                order by c.year desc, c.quarter desc nulls first, c.id desc
                """)
        .param("everything", scope.everything())
        .param("visible", scope.visible().toArray(Long[]::new))
        .query(Evaluations::cycle)
        .list();
  }

  /** A cycle the user takes part in. */
  @Transactional(readOnly = true)
  public Optional<EvaluationCycle> cycle(long id, OrganizationScope scope) {
    return jdbc.sql("select " + CYCLE_COLUMNS + " from evaluation_cycle c where c.id = :id")
        .param("id", id)
        .query(Evaluations::cycle)
        .optional()
        .filter(c -> takesPart(c, scope));
  }

  /** The yearly cycle of an organisation, if one was opened. */
  @Transactional(readOnly = true)
  public Optional<EvaluationCycle> yearCycle(long organizationId, int year) {
    return jdbc.sql(
            "select "
                + CYCLE_COLUMNS
                + """
                from evaluation_cycle c
                where c.organization_id = :org and c.year = :year and c.period_kind = 'YEAR'
                """)
        .param("org", organizationId)
        .param("year", year)
        .query(Evaluations::cycle)
        .optional();
  }

  private boolean takesPart(EvaluationCycle cycle, OrganizationScope scope) {
    if (scope.canSee(cycle.organizationId())) {
      return true;
    }
    return jdbc.sql(
            "select exists (select 1 from evaluation where cycle_id = :id and cell_id = any(:ids))")
        .param("id", cycle.id())
        .param("ids", scope.visible().toArray(Long[]::new))
        .query(Boolean.class)
        .single();
  }

  /**
   * The evaluations of a cycle the user sees (of one cell when asked), organisations first, then
   * members by cell and name. A member sees only their own.
   */
  @Transactional(readOnly = true)
  public List<Evaluation> evaluations(long cycleId, Long cellId, OrganizationScope scope) {
    var cycle =
        cycle(cycleId, scope).orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    var rows =
        jdbc
            .sql(
                """
                select e.*, p.full_name as member_name,
                  organization_name_on(coalesce(e.organization_id, e.cell_id), :to) as unit_name
                from evaluation e left join member_names p on p.id = e.member_id
                where e.cycle_id = :cycle and (cast(:cell as bigint) is null or e.cell_id = :cell)
                order by e.member_id is not null, unit_name, p.search_key, e.id
                """)
            .param("cycle", cycleId)
            .param("cell", cellId)
            .param("to", cycle.periodTo())
            .query((rs, n) -> row(rs))
            .list()
            .stream()
            .filter(e -> sees(e, scope))
            .toList();
    return withSteps(cycle, rows);
  }

  /** One evaluation the user sees. */
  @Transactional(readOnly = true)
  public Optional<Evaluation> find(long id, OrganizationScope scope) {
    return row(id, scope)
        .map(
            e ->
                withSteps(cycle(e.cycleId(), OrganizationScope.all()).orElseThrow(), List.of(e))
                    .get(0));
  }

  Optional<Evaluation> row(long id, OrganizationScope scope) {
    return jdbc.sql(
            """
            select e.*, p.full_name as member_name,
              organization_name_on(coalesce(e.organization_id, e.cell_id), c.period_to) as unit_name
            from evaluation e join evaluation_cycle c on c.id = e.cycle_id
            left join member_names p on p.id = e.member_id
            where e.id = :id
            """)
        .param("id", id)
        .query((rs, n) -> row(rs))
        .optional()
        .filter(e -> sees(e, scope));
  }

  private static boolean sees(Evaluation e, OrganizationScope scope) {
    if (!scope.canSee(e.cellId())) {
      return false;
    }
    return scope.personalRecords() || (e.isMember() && scope.isOwnRecord(e.memberId()));
  }

  /** The cap on "excellent" in a cycle, with the members' decisions so far. */
  @Transactional(readOnly = true)
  public Cap cap(EvaluationCycle cycle) {
    return cap(cycle, -1);
  }

  Cap cap(EvaluationCycle cycle, long leavingOut) {
    var rule = rules.at(cycle.periodTo(), RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD);
    var counts =
        jdbc.sql(
                """
                select count(*) filter (where s.grade = 'GOOD') as good,
                  count(*) filter (where s.grade = 'EXCELLENT') as excellent
                from evaluation e join evaluation_step s on s.evaluation_id = e.id
                where e.cycle_id = :cycle and e.member_id is not null and s.step = 'DECISION'
                  and e.id <> :leavingOut
                """)
            .param("cycle", cycle.id())
            .param("leavingOut", leavingOut)
            .query((rs, n) -> new int[] {rs.getInt("good"), rs.getInt("excellent")})
            .single();
    return Cap.of(rule.asInt(), counts[0], counts[1], rule.legalBasis(), rule.unconfirmed());
  }

  EvaluationCycle openCycle(long cycleId, OrganizationScope scope) {
    var cycle =
        cycle(cycleId, scope).orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    if (cycle.closed()) {
      throw new RefusedException("evaluation.refused.closed");
    }
    return cycle;
  }

  EvaluationCycle lockCycle(long cycleId) {
    return jdbc.sql(
            "select " + CYCLE_COLUMNS + " from evaluation_cycle c where c.id = :id for update")
        .param("id", cycleId)
        .query(Evaluations::cycle)
        .single();
  }

  /** The rows with their steps; with the removal-review flags when the cycle is given. */
  List<Evaluation> withSteps(EvaluationCycle cycle, List<Evaluation> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    var ids = rows.stream().map(Evaluation::id).toArray(Long[]::new);
    var steps = new HashMap<Long, Map<Step, Evaluation.Recorded>>();
    jdbc.sql("select * from evaluation_step where evaluation_id = any(:ids)")
        .param("ids", ids)
        .query(
            rs -> {
              var step = Step.valueOf(rs.getString("step"));
              steps
                  .computeIfAbsent(rs.getLong("evaluation_id"), k -> new EnumMap<>(Step.class))
                  .put(
                      step,
                      new Evaluation.Recorded(
                          step,
                          new Assessment(
                              rs.getBigDecimal("general_points"),
                              rs.getBigDecimal("task_points"),
                              rs.getBoolean("all_tasks_on_time"),
                              (Integer) rs.getObject("exceeding_percent"),
                              (Integer) rs.getObject("late_percent"),
                              rs.getBoolean("disciplined"),
                              rs.getBoolean("shortcomings_fixed"),
                              Grade.valueOf(rs.getString("grade")),
                              rs.getString("comment")),
                          Grade.valueOf(rs.getString("grade")),
                          rs.getString("entered_by"),
                          rs.getObject("entered_at", java.time.OffsetDateTime.class)
                              .toLocalDate()));
            });
    var flagged = cycle == null ? Set.<Long>of() : removalReview(cycle, rows);
    return rows.stream()
        .map(
            e ->
                new Evaluation(
                    e.id(),
                    e.cycleId(),
                    e.memberId(),
                    e.organizationId(),
                    e.cellId(),
                    e.name(),
                    e.cellName(),
                    e.version(),
                    steps.getOrDefault(e.id(), new EnumMap<>(Step.class)),
                    e.isMember() && flagged.contains(e.memberId())))
        .toList();
  }

  /**
   * The members of a yearly cycle decided "not completed" in it and in each of the years before, as
   * many years in a row as the rule names: grounds for a removal review.
   */
  private Set<Long> removalReview(EvaluationCycle cycle, List<Evaluation> rows) {
    if (cycle.periodKind() != PeriodKind.YEAR) {
      return Set.of();
    }
    int years = rules.at(cycle.periodTo(), RuleKey.EVALUATION_REMOVAL_YEARS_IN_ROW).asInt();
    var members = rows.stream().filter(Evaluation::isMember).map(Evaluation::memberId);
    return new HashSet<>(
        jdbc.sql(
                """
                select e.member_id from evaluation e
                join evaluation_cycle c on c.id = e.cycle_id and c.period_kind = 'YEAR'
                join evaluation_step s on s.evaluation_id = e.id and s.step = 'DECISION'
                  and s.grade = 'NOT_COMPLETED'
                where e.member_id = any(:members) and c.year between :first and :year
                group by e.member_id having count(distinct c.year) >= :years
                """)
            .param("members", members.toArray(Long[]::new))
            .param("first", cycle.year() - years + 1)
            .param("year", cycle.year())
            .param("years", years)
            .query(Long.class)
            .list());
  }

  private static Evaluation row(ResultSet rs) throws SQLException {
    Long memberId = (Long) rs.getObject("member_id");
    String unit = rs.getString("unit_name");
    return new Evaluation(
        rs.getLong("id"),
        rs.getLong("cycle_id"),
        memberId,
        (Long) rs.getObject("organization_id"),
        rs.getLong("cell_id"),
        memberId == null ? unit : rs.getString("member_name"),
        unit,
        rs.getInt("version"),
        Map.of(),
        false);
  }

  private static EvaluationCycle cycle(ResultSet rs, int n) throws SQLException {
    return new EvaluationCycle(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("org_name"),
        PeriodKind.valueOf(rs.getString("period_kind")),
        rs.getInt("year"),
        (Integer) rs.getObject("quarter"),
        rs.getString("title"),
        rs.getObject("period_from", LocalDate.class),
        rs.getObject("period_to", LocalDate.class),
        rs.getObject("self_due", LocalDate.class),
        rs.getObject("proposal_due", LocalDate.class),
        rs.getObject("decision_due", LocalDate.class),
        rs.getBoolean("closed"),
        rs.getInt("version"));
  }

  static Grade grade(String value) {
    return value == null ? null : Grade.valueOf(value);
  }
}
