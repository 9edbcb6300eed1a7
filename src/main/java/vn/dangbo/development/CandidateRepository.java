package vn.dangbo.development;

import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.CitizenId;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.PersonName;

/**
 * Where candidates are written: the person with their first step, each step with its introducers,
 * the stage a step leads to, and the earlier membership. The only code that writes the candidate
 * tables; each change of a candidate checks and moves its optimistic version.
 */
@Repository
class CandidateRepository {

  private final JdbcClient jdbc;
  private final PersonalData personalData;

  CandidateRepository(JdbcClient jdbc, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
  }

  /** A new candidate in the stage from the day, with the step that opens their file. */
  long insert(NewCandidate person, Stage stage, LocalDate since, String by) {
    var citizenId = CitizenId.ofNullable(person.citizenId());
    String citizenIdValue = citizenId == null ? null : citizenId.value();
    long id =
        jdbc.sql(
                """
                insert into candidate (full_name, search_key, sex, birth_date, ethnicity_code,
                  citizen_id, citizen_id_lookup, education_grade, ethnic_area, occupation, residence, home_place_id,
                  cell_id, mass_organization, youth_union, militia, teacher, health_worker,
                  village_official, stage, stage_since, birth_place, home_town, religion, phone,
                  created_by)
                values (:name, :key, :sex, :birth, :ethnicity, :citizenId, :lookup, :grade, :ethnicArea,
                  :occupation, :residence, :place, :cell, :massOrganization, :youthUnion,
                  :militia, :teacher, :healthWorker, :villageOfficial, :stage, :since,
                  :birthPlace, :homeTown, :religion, :phone, :by)
                returning id
                """)
            .param("name", person.fullName().strip())
            .param("key", PersonName.searchKey(person.fullName()))
            .param("sex", person.sex().name())
            .param("birth", person.birthDate())
            .param("ethnicity", person.ethnicityCode())
            .param("citizenId", personalData.seal(citizenIdValue))
            .param("lookup", personalData.lookup(citizenIdValue))
            .param("grade", person.educationGrade())
            .param("ethnicArea", person.ethnicArea())
            .param("occupation", blankToNull(person.occupation()))
            .param("residence", personalData.seal(blankToNull(person.residence())))
            .param("place", person.homePlaceId())
            .param("cell", person.cellId())
            .param("massOrganization", blankToNull(person.massOrganization()))
            .param("youthUnion", person.youthUnion())
            .param("militia", person.militia())
            .param("teacher", person.teacher())
            .param("healthWorker", person.healthWorker())
            .param("villageOfficial", person.villageOfficial())
            .param("stage", stage.name())
            .param("since", since)
            .param("birthPlace", blankToNull(person.birthPlace()))
            .param("homeTown", blankToNull(person.homeTown()))
            .param("religion", blankToNull(person.religion()))
            .param("phone", personalData.seal(blankToNull(person.phone())))
            .param("by", by)
            .query(Long.class)
            .single();
    insertStep(
        id,
        StepKind.OPENED,
        stage,
        stage,
        person.cellId(),
        StepRequest.noted(StepKind.OPENED, since, person.massOrganization()),
        null,
        null,
        by);
    return id;
  }

  /** Moves the candidate to the stage a step leads to; refused when someone saved it meanwhile. */
  void saveStage(long id, int version, Stage stage, LocalDate since, Long memberId) {
    int updated =
        jdbc.sql(
                """
                update candidate set stage = :stage, stage_since = :since,
                  member_id = coalesce(:member, member_id), version = version + 1
                where id = :id and version = :version
                """)
            .param("stage", stage.name())
            .param("since", since)
            .param("member", memberId)
            .param("id", id)
            .param("version", version)
            .update();
    requireUpdated(updated, id, version);
  }

  /**
   * Records or clears the earlier membership; refused when someone saved the candidate meanwhile.
   */
  void saveFormerMembership(long id, int version, FormerMembership former) {
    int updated =
        jdbc.sql(
                """
                update candidate set former_left_on = :leftOn, former_exit_reason = :reason,
                  former_record_cleared_on = :cleared, former_times_readmitted = :times,
                  readmission_consent = :consent, version = version + 1
                where id = :id and version = :version
                """)
            .param("leftOn", former == null ? null : former.leftOn())
            .param("reason", former == null ? null : former.reason().name())
            .param("cleared", former == null ? null : former.recordClearedOn())
            .param("times", former == null ? null : former.timesReadmitted())
            .param("consent", former == null ? null : former.provincialConsent())
            .param("id", id)
            .param("version", version)
            .update();
    requireUpdated(updated, id, version);
  }

  /** Writes the step with its introducers; the step as stored. */
  Step insertStep(
      long candidateId,
      StepKind kind,
      Stage from,
      Stage to,
      long cellId,
      StepRequest step,
      Integer voters,
      Boolean passed,
      String by) {
    var decision = step.decision() == null ? DecisionRef.NONE : step.decision();
    Object[] stored =
        jdbc.sql(
                """
                insert into candidate_step (candidate_id, kind, from_stage, to_stage, on_date,
                  cell_id, decision_number, decision_date, decision_issuer, votes_for,
                  votes_against, voters, passed, certificate, mentor_id, youth_union_resolution,
                  trade_union_resolution, consent_number, note, meeting_id, entered_by)
                values (:candidate, :kind, :from, :to, :on, :cell, :number, :date, :issuer,
                  :votesFor, :votesAgainst, :voters, :passed, :certificate, :mentor, :youthUnion,
                  :tradeUnion, :consent, :note, :meeting, :by)
                returning id, entered_at
                """)
            .param("candidate", candidateId)
            .param("kind", kind.name())
            .param("from", from.name())
            .param("to", to.name())
            .param("on", step.on())
            .param("cell", cellId)
            .param("number", blankToNull(decision.number()))
            .param("date", decision.date())
            .param("issuer", blankToNull(decision.issuer()))
            .param("votesFor", step.votesFor())
            .param("votesAgainst", step.votesAgainst())
            .param("voters", voters)
            .param("passed", passed)
            .param("certificate", blankToNull(step.certificate()))
            .param("mentor", step.mentorId())
            .param("youthUnion", step.youthUnionResolution())
            .param("tradeUnion", step.tradeUnionResolution())
            .param("consent", blankToNull(step.consentNumber()))
            .param("note", blankToNull(step.note()))
            .param("meeting", step.meetingId())
            .param("by", by)
            .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getTimestamp("entered_at")})
            .single();
    long stepId = (Long) stored[0];
    var introducers =
        step.introducers().stream()
            .sorted(java.util.Comparator.comparingLong(Introducer::memberId))
            .toList();
    for (var introducer : introducers) {
      jdbc.sql(
              """
              insert into candidate_introducer (step_id, member_id, months_known, replacement)
              values (:step, :member, :months, :replacement)
              """)
          .param("step", stepId)
          .param("member", introducer.memberId())
          .param("months", introducer.monthsKnown())
          .param("replacement", introducer.replacement())
          .update();
    }
    return new Step(
        stepId,
        kind,
        from,
        to,
        step.on(),
        cellId,
        new DecisionRef(
            blankToNull(decision.number()), decision.date(), blankToNull(decision.issuer())),
        step.votesFor(),
        step.votesAgainst(),
        voters,
        passed,
        blankToNull(step.certificate()),
        step.mentorId(),
        introducers,
        step.youthUnionResolution(),
        step.tradeUnionResolution(),
        blankToNull(step.consentNumber()),
        blankToNull(step.note()),
        by,
        ((java.sql.Timestamp) stored[1]).toInstant());
  }

  private static void requireUpdated(int updated, long id, int version) {
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "candidate " + id + " changed since version " + version);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
