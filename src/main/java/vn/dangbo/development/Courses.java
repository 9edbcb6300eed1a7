package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Sessions of the party-awareness course: the committee that organises one enrols sympathisers,
 * then records each result; a pass records the candidate's course step with the certificate, so it
 * is typed once.
 */
@Service
public class Courses {

  private final JdbcClient jdbc;
  private final Candidates candidates;
  private final AdmissionPipeline development;
  private final Clock clock;

  Courses(JdbcClient jdbc, Candidates candidates, AdmissionPipeline development, Clock clock) {
    this.jdbc = jdbc;
    this.candidates = candidates;
    this.development = development;
    this.clock = clock;
  }

  /** The sessions organised by organisations the user sees, newest first. */
  @Transactional(readOnly = true)
  public List<Course> list(OrganizationScope scope) {
    var ids =
        jdbc.sql("select id, organizer_id from course_session order by starts_on desc, id desc")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .list();
    var result = new ArrayList<Course>();
    for (var row : ids) {
      if (scope.canSee(row[1])) {
        find(row[0], scope).ifPresent(result::add);
      }
    }
    return result;
  }

  /** A session with the enrolments the user may see (those of candidates in their cells). */
  @Transactional(readOnly = true)
  public Optional<Course> find(long id, OrganizationScope scope) {
    return jdbc.sql(
            """
            select s.*, organization_name(s.organizer_id) as org
            from course_session s where s.id = :id
            """)
        .param("id", id)
        .query(
            (rs, n) ->
                new Course(
                    rs.getLong("id"),
                    rs.getLong("organizer_id"),
                    rs.getString("org"),
                    rs.getString("name"),
                    rs.getString("place"),
                    rs.getObject("starts_on", LocalDate.class),
                    rs.getObject("ends_on", LocalDate.class),
                    List.of()))
        .optional()
        .filter(c -> scope.canSee(c.organizerId()))
        .map(c -> withEnrolments(c, scope));
  }

  @Transactional
  public long open(
      long organizerId,
      String name,
      String place,
      LocalDate startsOn,
      LocalDate endsOn,
      OrganizationScope scope,
      String by) {
    scope.requireManager(organizerId);
    if (name == null || name.isBlank() || startsOn == null || endsOn == null) {
      throw new RefusedException("course.refused.incomplete");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new RefusedException("course.refused.dates");
    }
    if (name.length() > 200 || (place != null && place.length() > 200)) {
      throw new RefusedException("rules.refused.tooLong");
    }
    return jdbc.sql(
            """
            insert into course_session (organizer_id, name, place, starts_on, ends_on, created_by)
            values (:org, :name, :place, :starts, :ends, :by) returning id
            """)
        .param("org", organizerId)
        .param("name", name.strip())
        .param("place", place == null || place.isBlank() ? null : place.strip())
        .param("starts", startsOn)
        .param("ends", endsOn)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** Enrols a sympathiser (or someone whose certificate has to be renewed). */
  @Transactional
  public void enrol(long courseId, long candidateId, OrganizationScope scope, String by) {
    var course = managed(courseId, scope);
    var candidate =
        candidates
            .find(candidateId, scope)
            .orElseThrow(() -> new NotFoundException("candidate.notFound"));
    if (candidate.stage() != Stage.SYMPATHISER && candidate.stage() != Stage.COURSE_PASSED) {
      throw new RefusedException("course.refused.notSympathiser");
    }
    int added =
        jdbc.sql(
                """
                insert into course_enrolment (course_id, candidate_id, entered_by)
                values (:course, :candidate, :by) on conflict do nothing
                """)
            .param("course", course.id())
            .param("candidate", candidateId)
            .param("by", by)
            .update();
    if (added == 0) {
      throw new RefusedException("course.refused.enrolled");
    }
  }

  /**
   * Records a result. A pass needs the certificate number and records the candidate's course step
   * on the last day of the course, issued by the organiser.
   */
  @Transactional
  public void result(
      long courseId,
      long candidateId,
      boolean passed,
      String certificate,
      OrganizationScope scope,
      String by) {
    var course = managed(courseId, scope);
    var enrolment =
        course.enrolments().stream()
            .filter(e -> e.candidateId() == candidateId)
            .findFirst()
            .orElseThrow(() -> new RefusedException("course.refused.notEnrolled"));
    if (!enrolment.result().equals("ENROLLED")) {
      throw new RefusedException("course.refused.resultRecorded");
    }
    if (course.endsOn().isAfter(LocalDate.now(clock))) {
      throw new RefusedException("course.refused.notOver");
    }
    if (passed) {
      if (certificate == null || certificate.isBlank()) {
        throw new RefusedException("development.refused.certificate");
      }
      var candidate = candidates.find(candidateId, scope).orElseThrow();
      if (candidate.stage() == Stage.SYMPATHISER) {
        development.record(
            candidateId,
            candidate.version(),
            new StepRequest(
                StepKind.COURSE_PASSED,
                course.endsOn(),
                new DecisionRef(null, null, course.organizerName()),
                null,
                null,
                certificate,
                null,
                null,
                false,
                null,
                course.name()),
            scope,
            by);
      }
    }
    jdbc.sql(
            """
            update course_enrolment set result = :result, certificate = :certificate,
              entered_by = :by, entered_at = now()
            where course_id = :course and candidate_id = :candidate
            """)
        .param("result", passed ? "PASSED" : "FAILED")
        .param("certificate", passed ? certificate.strip() : null)
        .param("by", by)
        .param("course", courseId)
        .param("candidate", candidateId)
        .update();
  }

  /**
   * Who still needs the course: sympathisers not enrolled in a session that has not ended, and
   * candidates past the course whose certificate will have expired within the year.
   */
  @Transactional(readOnly = true)
  public List<Candidate> needed(OrganizationScope scope) {
    var enrolled = new HashMap<Long, Boolean>();
    jdbc.sql(
            """
            select e.candidate_id from course_enrolment e join course_session s on s.id = e.course_id
            where e.result = 'ENROLLED'
            """)
        .query(
            rs -> {
              enrolled.put(rs.getLong(1), true);
            });
    LocalDate inAYear = LocalDate.now(clock).plusYears(1);
    return candidates.of(null, false, scope).stream()
        .filter(c -> !enrolled.containsKey(c.id()))
        .filter(
            c ->
                c.stage() == Stage.SYMPATHISER
                    || (c.stage() == Stage.COURSE_PASSED
                        && c.last(StepKind.COURSE_PASSED)
                            .map(s -> !s.on().plusYears(5).isAfter(inAYear))
                            .orElse(false)))
        .toList();
  }

  private Course managed(long courseId, OrganizationScope scope) {
    var course = find(courseId, scope).orElseThrow(() -> new NotFoundException("course.notFound"));
    scope.requireManager(course.organizerId());
    return course;
  }

  private Course withEnrolments(Course course, OrganizationScope scope) {
    var enrolments =
        jdbc
            .sql(
                """
                select e.*, c.full_name, c.cell_id,
                  organization_name(c.cell_id) as cell_name
                from course_enrolment e join candidate c on c.id = e.candidate_id
                where e.course_id = :id order by c.search_key
                """)
            .param("id", course.id())
            .query(
                (rs, n) ->
                    scope.personalRecords() && scope.canSee(rs.getLong("cell_id"))
                        ? new Course.Enrolment(
                            rs.getLong("candidate_id"),
                            rs.getString("full_name"),
                            rs.getString("cell_name"),
                            rs.getString("result"),
                            rs.getString("certificate"))
                        : null)
            .list()
            .stream()
            .filter(e -> e != null)
            .toList();
    return new Course(
        course.id(),
        course.organizerId(),
        course.organizerName(),
        course.name(),
        course.place(),
        course.startsOn(),
        course.endsOn(),
        enrolments);
  }
}
