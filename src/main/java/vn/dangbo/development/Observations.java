package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Members;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Mentors' observations (đảng viên giúp đỡ theo dõi) of candidates and of probationary members,
 * dated, on the article's criteria; recorded by whoever manages the person's cell.
 */
@Service
public class Observations {

  private static final Set<String> ASSESSMENTS = Set.of("GOOD", "FAIR", "CONCERN");

  private final JdbcClient jdbc;
  private final Candidates candidates;
  private final Members members;
  private final Clock clock;
  private final PersonalData personalData;

  Observations(
      JdbcClient jdbc,
      Candidates candidates,
      Members members,
      Clock clock,
      PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
    this.candidates = candidates;
    this.members = members;
    this.clock = clock;
  }

  /** The observations of a candidate ({@code member} false) or a member, oldest first. */
  @Transactional(readOnly = true)
  public List<Observation> of(long id, boolean member, OrganizationScope scope) {
    requireVisible(id, member, scope, false);
    return read(id, member);
  }

  /** The observations of a candidate the caller has read in its scope (the candidate's page). */
  public List<Observation> of(Candidate candidate) {
    return read(candidate.id(), false);
  }

  private List<Observation> read(long id, boolean member) {
    return jdbc.sql(
            "select * from mentor_observation where "
                + (member ? "member_id" : "candidate_id")
                + " = :id order by on_date, id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Observation(
                    rs.getLong("id"),
                    rs.getObject("on_date", LocalDate.class),
                    Criterion.valueOf(rs.getString("criterion")),
                    rs.getString("assessment"),
                    personalData.open(rs.getString("note")),
                    rs.getString("entered_by")))
        .list();
  }

  @Transactional
  public void record(
      long id,
      boolean member,
      LocalDate on,
      Criterion criterion,
      String assessment,
      String note,
      OrganizationScope scope,
      String by) {
    requireVisible(id, member, scope, true);
    if (on == null
        || criterion == null
        || assessment == null
        || !ASSESSMENTS.contains(assessment)) {
      throw new RefusedException("observation.refused.incomplete");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("development.refused.date");
    }
    if (note != null && note.length() > 1000) {
      throw new RefusedException("rules.refused.tooLong");
    }
    jdbc.sql(
            """
            insert into mentor_observation (candidate_id, member_id, on_date, criterion,
              assessment, note, entered_by)
            values (:candidate, :member, :on, :criterion, :assessment, :note, :by)
            """)
        .param("candidate", member ? null : id)
        .param("member", member ? id : null)
        .param("on", on)
        .param("criterion", criterion.name())
        .param("assessment", assessment)
        .param("note", personalData.seal(note == null || note.isBlank() ? null : note.strip()))
        .param("by", by)
        .update();
  }

  /**
   * The person must be visible; to record, the user must manage their cell or be the member
   * assigned to help them.
   */
  private void requireVisible(long id, boolean member, OrganizationScope scope, boolean manage) {
    if (member) {
      long cell =
          members
              .find(id, scope)
              .orElseThrow(() -> new NotFoundException("member.notFound"))
              .record()
              .cellId();
      if (manage) {
        scope.requireManager(cell);
      }
      return;
    }
    var candidate =
        candidates.find(id, scope).orElseThrow(() -> new NotFoundException("candidate.notFound"));
    if (manage && !candidate.mentoredBy(scope.ownRecord())) {
      scope.requireManager(candidate.person().cellId());
    }
  }
}
