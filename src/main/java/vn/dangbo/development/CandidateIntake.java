package vn.dangbo.development;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Places;
import vn.dangbo.shared.CitizenId;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * Opening a candidate's file: a source, or an outstanding mass already introduced by a mass
 * organisation, with their particulars checked.
 */
@Service
public class CandidateIntake {

  private final CandidateRepository repository;
  private final Organizations organizations;
  private final Places places;
  private final Clock clock;

  CandidateIntake(
      CandidateRepository repository, Organizations organizations, Places places, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.places = places;
    this.clock = clock;
  }

  /** Opens a candidate as a source or as an outstanding mass already introduced. */
  @Transactional
  public long open(NewCandidate person, OrganizationScope scope, String by) {
    check(person, scope);
    Stage stage = person.stage() == null ? Stage.SOURCE : person.stage();
    if (stage != Stage.SOURCE && stage != Stage.OUTSTANDING) {
      throw new RefusedException("development.refused.initialStage");
    }
    LocalDate since = person.since() == null ? LocalDate.now(clock) : person.since();
    PartyDates.requireSinceFounding("since", since);
    if (since.isAfter(LocalDate.now(clock)) || !since.isAfter(person.birthDate())) {
      throw new RefusedException("development.refused.date");
    }
    return repository.insert(person, stage, since, by);
  }

  private void check(NewCandidate person, OrganizationScope scope) {
    if (person.fullName() == null
        || person.fullName().isBlank()
        || person.sex() == null
        || person.birthDate() == null
        || person.ethnicityCode() == null
        || person.cellId() == null) {
      throw new RefusedException("development.refused.personIncomplete");
    }
    if (person.ethnicityCode() < 1 || person.ethnicityCode() > 54) {
      throw new RefusedException("member.refused.ethnicity");
    }
    if (person.fullName().length() > 120
        || length(person.occupation()) > 120
        || length(person.residence()) > 300
        || length(person.massOrganization()) > 120
        || length(person.birthPlace()) > 200
        || length(person.homeTown()) > 200
        || length(person.religion()) > 60) {
      throw new RefusedException("rules.refused.tooLong");
    }
    var citizenId = CitizenId.ofNullable(person.citizenId());
    if (citizenId != null) {
      citizenId.checkAgainst(person.birthDate(), person.sex() == Sex.FEMALE);
    }
    if (!blank(person.phone()) && !person.phone().strip().matches("[0-9]{8,20}")) {
      throw new RefusedException("member.refused.phone");
    }
    if (person.educationGrade() != null
        && (person.educationGrade() < 0 || person.educationGrade() > 12)) {
      throw new RefusedException("development.refused.grade");
    }
    scope.requireManager(person.cellId());
    var cell =
        organizations
            .findOn(person.cellId(), LocalDate.now(clock), scope)
            .orElseThrow(() -> new RefusedException("member.refused.cellMissing"));
    if (!cell.isCell()) {
      throw new RefusedException("member.refused.notACell");
    }
    if (person.homePlaceId() != null
        && !places.mayName(person.homePlaceId(), LocalDate.now(clock), scope)) {
      throw new RefusedException("member.refused.homePlace");
    }
  }

  private static int length(String value) {
    return value == null ? 0 : value.length();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
