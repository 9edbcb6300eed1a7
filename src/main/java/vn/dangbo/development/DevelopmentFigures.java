package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.FigurePlanning;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** The funnel of development over a period and the quotas of each cell, computed from steps. */
@Service
public class DevelopmentFigures {

  /**
   * The people in development of some cells by the stage their latest step up to a day left them in
   * (admitted and left not counted).
   */
  private static final String STAGES_ON =
      """
      select latest.stage, count(*) as people
      from (select distinct candidate_id from candidate_step where cell_id = any(:cells)) c
      cross join lateral (
        select s.to_stage as stage, s.cell_id from candidate_step s
        where s.candidate_id = c.candidate_id and s.on_date <= :on
        order by s.on_date desc, s.id desc limit 1) latest
      where latest.cell_id = any(:cells) and latest.stage not in ('ADMITTED', 'LEFT')
      group by latest.stage
      """;

  /**
   * The same as {@link #STAGES_ON} for today or later, from the cells' kept tallies (V61: the
   * database recounts a cell's row whenever one of its candidates changes stage or cell): steps are
   * never dated in the future or before the last one, and each sets the candidate's stage (a
   * candidate's steps are all in the candidate's cell).
   */
  private static final String STAGES_NOW =
      """
      select s.key as stage, sum(cast(s.value as integer)) as people
      from candidate_stage_tally t cross join lateral jsonb_each_text(t.stages) s
      where t.cell_id = any(:cells) and cast(:on as date) is not null
      group by s.key
      """;

  /** The sources the funnel counts the course's and the ceremony's people by. */
  private static final List<String> CATEGORIES =
      List.of(
          "youthUnion",
          "militia",
          "teacher",
          "healthWorker",
          "villageOfficial",
          "women",
          "ethnicMinority");

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  DevelopmentFigures(JdbcClient jdbc, Organizations organizations, RuleBook rules, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  /**
   * The people in development on a day, by the stage their latest step up to that day left them in,
   * in the organisation's cells (all that were ever below it). Admitted and left are not counted.
   */
  @Transactional(readOnly = true)
  public Map<Stage, Integer> pipelineOn(
      long organizationId, LocalDate on, OrganizationScope scope) {
    if (!scope.canSee(organizationId) || !scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    FigurePlanning.forThisTransaction(jdbc);
    var counts = new java.util.EnumMap<Stage, Integer>(Stage.class);
    for (var stage : Stage.values()) {
      if (stage != Stage.ADMITTED && stage != Stage.LEFT) {
        counts.put(stage, 0);
      }
    }
    jdbc.sql(on.isBefore(LocalDate.now(clock)) ? STAGES_ON : STAGES_NOW)
        .param("cells", organizations.everBelowOrSucceededBy(organizationId).toArray(Long[]::new))
        .param("on", on)
        .query(
            rs -> {
              counts.put(Stage.valueOf(rs.getString("stage")), rs.getInt("people"));
            });
    return counts;
  }

  /** The funnel of the organisation's cells (all that were ever below it) over the period. */
  @Transactional(readOnly = true)
  public Funnel funnel(long organizationId, LocalDate from, LocalDate to, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    if (from == null || to == null || to.isBefore(from)) {
      throw new RefusedException("development.refused.period");
    }
    FigurePlanning.forThisTransaction(jdbc);
    Set<Long> cells = organizations.everBelowOrSucceededBy(organizationId);
    var counts = new HashMap<String, Integer>();
    var courseBySex = new LinkedHashMap<String, Integer>();
    var admittedBySex = new LinkedHashMap<String, Integer>();
    var courseByEthnicity = new LinkedHashMap<String, Integer>();
    var admittedByEthnicity = new LinkedHashMap<String, Integer>();
    var courseByCategory = new LinkedHashMap<String, Integer>();
    var admittedByCategory = new LinkedHashMap<String, Integer>();
    jdbc.sql(
            """
            select steps.kind, c.sex, e.name as ethnicity, count(*) as people,
              count(*) filter (where c.youth_union) as "youthUnion",
              count(*) filter (where c.militia) as "militia",
              count(*) filter (where c.teacher) as "teacher",
              count(*) filter (where c.health_worker) as "healthWorker",
              count(*) filter (where c.village_official) as "villageOfficial",
              count(*) filter (where c.sex = 'FEMALE') as "women",
              count(*) filter (where c.ethnicity_code <> 1) as "ethnicMinority"
            from (
              -- each person once per kind of step: hashed, not sorted by names (only votes can
              -- fail, so the course and the ceremony are all counted)
              select distinct s.kind, s.candidate_id from candidate_step s
              where s.cell_id = any(:cells) and s.on_date between :from and :to
                and (s.passed is null or s.passed)) steps
            join candidate c on c.id = steps.candidate_id
            join ethnicity e on e.code = c.ethnicity_code
            group by steps.kind, c.sex, e.name
            """)
        .param("cells", cells.toArray(Long[]::new))
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              String kind = rs.getString("kind");
              int people = rs.getInt("people");
              counts.merge(kind, people, Integer::sum);
              Map<String, Integer> byCategory = null;
              if (kind.equals(StepKind.COURSE_PASSED.name())) {
                courseBySex.merge(rs.getString("sex"), people, Integer::sum);
                courseByEthnicity.merge(rs.getString("ethnicity"), people, Integer::sum);
                byCategory = courseByCategory;
              } else if (kind.equals(StepKind.CEREMONY.name())) {
                admittedBySex.merge(rs.getString("sex"), people, Integer::sum);
                admittedByEthnicity.merge(rs.getString("ethnicity"), people, Integer::sum);
                byCategory = admittedByCategory;
              }
              if (byCategory != null) {
                for (String category : CATEGORIES) {
                  byCategory.merge(category, rs.getInt(category), Integer::sum);
                }
              }
            });
    int official =
        jdbc.sql(
                """
                select count(distinct c.id) from candidate c
                join member_became_official m on m.member_id = c.member_id
                where c.cell_id = any(:cells) and c.member_id is not null
                  and m.effective_on between :from and :to
                """)
            .param("cells", cells.toArray(Long[]::new))
            .param("from", from)
            .param("to", to)
            .query(Integer.class)
            .single();
    return new Funnel(
        organizationId,
        from,
        to,
        counts.getOrDefault(StepKind.OPENED.name(), 0),
        counts.getOrDefault(StepKind.INTRODUCED.name(), 0),
        counts.getOrDefault(StepKind.SYMPATHISER.name(), 0),
        counts.getOrDefault(StepKind.COURSE_PASSED.name(), 0),
        counts.getOrDefault(StepKind.CEREMONY.name(), 0),
        official,
        courseBySex,
        admittedBySex,
        courseByEthnicity,
        admittedByEthnicity,
        courseByCategory,
        admittedByCategory);
  }

  /** The quota and progress of each cell under the organisation in the year. */
  @Transactional(readOnly = true)
  public List<QuotaProgress> quotas(long organizationId, int year, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    FigurePlanning.forThisTransaction(jdbc);
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    var cells = new ArrayList<OrganizationNode>();
    organizations
        .findOn(organizationId, last, scope)
        .filter(OrganizationNode::isCell)
        .ifPresent(cells::add);
    organizations.descendantsOn(organizationId, last).stream()
        .filter(c -> c.isCell() && scope.canSee(c.id()))
        .forEach(cells::add);
    Long[] ids = cells.stream().map(OrganizationNode::id).toArray(Long[]::new);
    var targets = new HashMap<Long, Integer>();
    jdbc.sql(
            "select cell_id, target from admission_quota where cell_id = any(:ids) and year = :year")
        .param("ids", ids)
        .param("year", year)
        .query(
            rs -> {
              targets.put(rs.getLong("cell_id"), rs.getInt("target"));
            });
    var admitted =
        countByCell(
            """
            select s.cell_id, count(*) from candidate_step s
            where s.kind = 'CEREMONY' and s.cell_id = any(:ids)
              and s.on_date between :first and :last
            group by s.cell_id
            """,
            Map.of("ids", ids, "first", first, "last", last));
    // candidates who could still be admitted: past the course, with a certificate valid at the
    // end of the year
    int validity = rules.at(last, RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS).asInt();
    var pipeline =
        countByCell(
            """
            select c.cell_id, count(*) from candidate c
            where c.cell_id = any(:ids)
              and c.stage in ('COURSE_PASSED', 'DOSSIER', 'CELL_RESOLVED', 'COMMITTEE_RESOLVED',
                'DECIDED')
              and exists (select 1 from candidate_step s where s.candidate_id = c.id
                and s.kind = 'COURSE_PASSED' and s.on_date >= :validFrom)
            group by c.cell_id
            """,
            Map.of("ids", ids, "validFrom", last.minusMonths(validity)));
    int defaultTarget = rules.at(first, RuleKey.QUOTA_DEFAULT_PER_CELL).asInt();
    var result = new ArrayList<QuotaProgress>();
    for (var cell : cells) {
      int target = targets.getOrDefault(cell.id(), defaultTarget);
      int done = admitted.getOrDefault(cell.id(), 0);
      int possible = pipeline.getOrDefault(cell.id(), 0);
      result.add(
          new QuotaProgress(
              cell.id(),
              cell.name(),
              year,
              target,
              targets.containsKey(cell.id()),
              done,
              possible,
              done + possible < target));
    }
    return result;
  }

  /** Sets a cell's quota for a year; only the committee above the cell may. */
  @Transactional
  public void setQuota(long cellId, int year, int target, OrganizationScope scope, String by) {
    if (year < 1930 || year > 2200) {
      throw new RefusedException("development.refused.quota");
    }
    var cell =
        organizations
            .findOn(cellId, LocalDate.of(year, 12, 31), scope)
            .or(() -> organizations.findLatest(cellId, scope))
            .filter(OrganizationNode::isCell)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    scope.requireManager(cell.parentId());
    if (target < 0 || target > 1000) {
      throw new RefusedException("development.refused.quota");
    }
    jdbc.sql(
            """
            insert into admission_quota (cell_id, year, target, entered_by)
            values (:cell, :year, :target, :by)
            on conflict (cell_id, year) do update set target = excluded.target,
              entered_by = excluded.entered_by, entered_at = now()
            """)
        .param("cell", cellId)
        .param("year", year)
        .param("target", target)
        .param("by", by)
        .update();
  }

  private Map<Long, Integer> countByCell(String sql, Map<String, Object> params) {
    var result = new HashMap<Long, Integer>();
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              result.put(rs.getLong(1), rs.getInt(2));
            });
    return result;
  }
}
