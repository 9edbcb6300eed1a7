package vn.dangbo.evaluations;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Evaluation cycles and their steps. A cycle of a grassroots organisation evaluates, on the last
 * day of its period, every member counted in its cells (official, probationary, or attached
 * elsewhere for a while: they are reviewed where they belong), but not those exempted from
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

  /** What a manager asks for when opening a cycle. */
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
  private final Organizations organizations;
  private final MemberStatistics statistics;
  private final RuleBook rules;

  Evaluations(
      JdbcClient jdbc, Organizations organizations, MemberStatistics statistics, RuleBook rules) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.statistics = statistics;
    this.rules = rules;
  }

  /** Opens a cycle for a grassroots organisation the user manages, with everyone it evaluates. */
  @Transactional
  public long open(CycleRequest request, OrganizationScope scope, String by) {
    if (request.organizationId() == null
        || request.periodKind() == null
        || request.year() == null) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    scope.requireManager(request.organizationId());
    int year = request.year();
    if (year < 1930 || year > 2200) {
      throw new RefusedException("evaluation.refused.period");
    }
    LocalDate from;
    LocalDate to;
    switch (request.periodKind()) {
      case YEAR -> {
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
      }
      case QUARTER -> {
        if (request.quarter() == null || request.quarter() < 1 || request.quarter() > 4) {
          throw new RefusedException("evaluation.refused.period");
        }
        from = LocalDate.of(year, request.quarter() * 3 - 2, 1);
        to = from.plusMonths(3).minusDays(1);
      }
      default -> {
        from = request.periodFrom();
        to = request.periodTo();
        if (from == null || to == null || to.isBefore(from) || from.getYear() != year) {
          throw new RefusedException("evaluation.refused.period");
        }
      }
    }
    var organization =
        organizations
            .findOn(request.organizationId(), to, scope)
            .orElseThrow(() -> new RefusedException("evaluation.refused.noOrganization"));
    if (!organization.grassroots()) {
      throw new RefusedException("evaluation.refused.notGrassroots");
    }
    String title =
        request.title() == null || request.title().isBlank()
            ? organization.name() + " · " + year
            : request.title().strip();
    if (title.length() > 200) {
      throw new RefusedException("member.refused.tooLong");
    }
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into evaluation_cycle (organization_id, period_kind, year, quarter, title,
                    period_from, period_to, self_due, proposal_due, decision_due, created_by)
                  values (:org, :kind, :year, :quarter, :title, :from, :to, :selfDue,
                    :proposalDue, :decisionDue, :by)
                  returning id
                  """)
              .param("org", organization.id())
              .param("kind", request.periodKind().name())
              .param("year", year)
              .param(
                  "quarter", request.periodKind() == PeriodKind.QUARTER ? request.quarter() : null)
              .param("title", title)
              .param("from", from)
              .param("to", to)
              .param("selfDue", request.selfDue())
              .param("proposalDue", request.proposalDue())
              .param("decisionDue", request.decisionDue())
              .param("by", by)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw new RefusedException("evaluation.refused.duplicateCycle");
    }
    addSubjects(id, organization, to);
    return id;
  }

  /**
   * Adds whoever the cycle evaluates and does not list yet (a member admitted since it opened), as
   * of the last day of the period or today, whichever comes first. Nobody is removed.
   */
  @Transactional
  public int refresh(long cycleId, LocalDate today, OrganizationScope scope) {
    var cycle = openCycle(cycleId, scope);
    scope.requireManager(cycle.organizationId());
    LocalDate day = cycle.periodTo().isBefore(today) ? cycle.periodTo() : today;
    var organization =
        organizations
            .findOn(cycle.organizationId(), day, OrganizationScope.all())
            .orElseThrow(() -> new RefusedException("evaluation.refused.noOrganization"));
    return addSubjects(cycleId, organization, day);
  }

  private int addSubjects(long cycleId, OrganizationNode organization, LocalDate day) {
    var units = new ArrayList<OrganizationNode>();
    units.add(organization);
    units.addAll(organizations.descendantsOn(organization.id(), day));
    int added = 0;
    for (var unit : units) {
      added +=
          jdbc.sql(
                  """
                  insert into evaluation (cycle_id, organization_id, cell_id)
                  values (:cycle, :org, :org) on conflict do nothing
                  """)
              .param("cycle", cycleId)
              .param("org", unit.id())
              .update();
      if (!unit.isCell()) {
        continue;
      }
      for (var member : statistics.membersOn(unit.id(), day)) {
        if (EVALUATED.contains(member.status())) {
          added +=
              jdbc.sql(
                      """
                      insert into evaluation (cycle_id, member_id, cell_id)
                      values (:cycle, :member, :cell) on conflict do nothing
                      """)
                  .param("cycle", cycleId)
                  .param("member", member.memberId())
                  .param("cell", unit.id())
                  .update();
        }
      }
    }
    return added;
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

  private Optional<Evaluation> row(long id, OrganizationScope scope) {
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

  /** Whether the user may record the step of the evaluation now. */
  public boolean mayRecord(
      EvaluationCycle cycle, Evaluation evaluation, Step step, OrganizationScope scope) {
    if (cycle.closed()) {
      return false;
    }
    if (evaluation.isMember()) {
      return switch (step) {
        case SELF ->
            scope.isOwnRecord(evaluation.memberId())
                || (scope.personalRecords() && scope.canManage(evaluation.cellId()));
        case PROPOSAL -> scope.personalRecords() && scope.canManage(evaluation.cellId());
        case DECISION -> scope.personalRecords() && scope.canManage(cycle.organizationId());
      };
    }
    if (step == Step.SELF) {
      return scope.canManage(evaluation.organizationId());
    }
    if (evaluation.organizationId() == cycle.organizationId()) {
      return organizations
          .findOn(cycle.organizationId(), cycle.periodTo(), OrganizationScope.all())
          .map(o -> o.parentId() != null && scope.canManage(o.parentId()))
          .orElse(false);
    }
    return scope.canManage(cycle.organizationId());
  }

  /**
   * Records a step: by the one whose step it is, in order (each step after the one before, and not
   * once a later step is recorded), under the rules of the period's last day; the decision on a
   * member keeps the cycle within the cap on "excellent".
   */
  @Transactional
  public Grade record(
      long evaluationId,
      Step step,
      int version,
      Assessment assessment,
      OrganizationScope scope,
      String by) {
    if (step == null || assessment == null) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    var evaluation =
        row(evaluationId, scope)
            .map(e -> withSteps(null, List.of(e)).get(0))
            .orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    var cycle = lockCycle(evaluation.cycleId());
    if (cycle.closed()) {
      throw new RefusedException("evaluation.refused.closed");
    }
    if (!mayRecord(cycle, evaluation, step, scope)) {
      throw new ForbiddenException("evaluation.forbidden.step");
    }
    if (step.previous() != null && !evaluation.steps().containsKey(step.previous())) {
      throw new RefusedException("evaluation.refused.order");
    }
    if (step.next() != null && evaluation.steps().containsKey(step.next())) {
      throw new RefusedException("evaluation.refused.laterStep");
    }
    var earlier = evaluation.steps().get(step);
    if (step == Step.SELF
        && evaluation.isMember()
        && earlier != null
        && !earlier.enteredBy().equals(by)
        && !scope.isOwnRecord(evaluation.memberId())) {
      // a self-assessment is the member's: someone else may enter it, not replace another's
      throw new RefusedException("evaluation.refused.selfOfAnother", earlier.enteredBy());
    }
    if (tooPrecise(assessment.generalPoints()) || tooPrecise(assessment.taskPoints())) {
      throw new RefusedException("evaluation.refused.number");
    }
    if (assessment.comment() != null && assessment.comment().length() > 2000) {
      throw new RefusedException("member.refused.tooLong");
    }
    if (outOfRange(assessment.exceedingPercent()) || outOfRange(assessment.latePercent())) {
      throw new RefusedException("evaluation.refused.percent");
    }
    var grading = Grading.at(rules, cycle.periodTo());
    Grade grade = grading.grade(!evaluation.isMember(), assessment);
    if (step == Step.DECISION && evaluation.isMember()) {
      checkCap(cycle, evaluation, grade);
    }
    int updated =
        jdbc.sql("update evaluation set version = version + 1 where id = :id and version = :v")
            .param("id", evaluationId)
            .param("v", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("evaluation " + evaluationId + " changed");
    }
    jdbc.sql(
            """
            insert into evaluation_step (evaluation_id, step, general_points, task_points,
              all_tasks_on_time, exceeding_percent, late_percent, disciplined, shortcomings_fixed,
              grade, comment, entered_by)
            values (:id, :step, :general, :tasks, :onTime, :exceeding, :late, :disciplined,
              :fixed, :grade, :comment, :by)
            on conflict (evaluation_id, step) do update set general_points = excluded.general_points,
              task_points = excluded.task_points, all_tasks_on_time = excluded.all_tasks_on_time,
              exceeding_percent = excluded.exceeding_percent, late_percent = excluded.late_percent,
              disciplined = excluded.disciplined, shortcomings_fixed = excluded.shortcomings_fixed,
              grade = excluded.grade, comment = excluded.comment, entered_by = excluded.entered_by,
              entered_at = now()
            """)
        .param("id", evaluationId)
        .param("step", step.name())
        .param("general", grading.scored() ? assessment.generalPoints() : null)
        .param("tasks", grading.scored() ? assessment.taskPoints() : null)
        .param("onTime", assessment.allTasksOnTime())
        .param("exceeding", assessment.exceedingPercent())
        .param("late", assessment.latePercent())
        .param("disciplined", assessment.disciplined())
        .param("fixed", assessment.shortcomingsFixed())
        .param("grade", grade.name())
        .param(
            "comment",
            assessment.comment() == null || assessment.comment().isBlank()
                ? null
                : assessment.comment().strip())
        .param("by", by)
        .update();
    return grade;
  }

  /** Points are kept to one decimal (a half point); more would be rounded away unseen. */
  private static boolean tooPrecise(java.math.BigDecimal points) {
    return points != null && points.stripTrailingZeros().scale() > 1;
  }

  private static boolean outOfRange(Integer percent) {
    return percent != null && (percent < 0 || percent > 100);
  }

  private void checkCap(EvaluationCycle cycle, Evaluation evaluation, Grade grade) {
    var cap = cap(cycle, evaluation.id());
    int good = cap.good() + (grade == Grade.GOOD ? 1 : 0);
    int excellent = cap.excellent() + (grade == Grade.EXCELLENT ? 1 : 0);
    int allowed = good * cap.percent() / 100;
    if (excellent > allowed && (grade == Grade.EXCELLENT || evaluation.decided() == Grade.GOOD)) {
      throw rules
          .at(cycle.periodTo(), RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD)
          .refusal("evaluation.refused.cap", excellent, allowed, good);
    }
  }

  /** The cap on "excellent" in a cycle, with the members' decisions so far. */
  @Transactional(readOnly = true)
  public Cap cap(EvaluationCycle cycle) {
    return cap(cycle, -1);
  }

  private Cap cap(EvaluationCycle cycle, long leavingOut) {
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

  /** Closes a cycle once everyone is decided; nothing changes afterwards. */
  @Transactional
  public void close(long cycleId, OrganizationScope scope) {
    var cycle = openCycle(cycleId, scope);
    scope.requireManager(cycle.organizationId());
    long undecided =
        jdbc.sql(
                """
                select count(*) from evaluation e where e.cycle_id = :cycle and not exists (
                  select 1 from evaluation_step s where s.evaluation_id = e.id
                  and s.step = 'DECISION')
                """)
            .param("cycle", cycleId)
            .query(Long.class)
            .single();
    if (undecided > 0) {
      throw new RefusedException("evaluation.refused.undecided", undecided);
    }
    jdbc.sql("update evaluation_cycle set closed = true, version = version + 1 where id = :id")
        .param("id", cycleId)
        .update();
  }

  private EvaluationCycle openCycle(long cycleId, OrganizationScope scope) {
    var cycle =
        cycle(cycleId, scope).orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    if (cycle.closed()) {
      throw new RefusedException("evaluation.refused.closed");
    }
    return cycle;
  }

  private EvaluationCycle lockCycle(long cycleId) {
    return jdbc.sql(
            "select " + CYCLE_COLUMNS + " from evaluation_cycle c where c.id = :id for update")
        .param("id", cycleId)
        .query(Evaluations::cycle)
        .single();
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
                    grade(rs.getString("self")),
                    grade(rs.getString("proposed")),
                    grade(rs.getString("decided")),
                    rs.getBigDecimal("points")))
        .list();
  }

  /** The rows with their steps; with the removal-review flags when the cycle is given. */
  private List<Evaluation> withSteps(EvaluationCycle cycle, List<Evaluation> rows) {
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

  private static Grade grade(String value) {
    return value == null ? null : Grade.valueOf(value);
  }
}
