package vn.dangbo.development;

import java.time.LocalDate;
import vn.dangbo.members.Sex;

/**
 * A person the cell starts developing: their particulars, the cell that handles them (their own, or
 * the helping cell the committee named when their village, school or station has none), their home
 * place, the categories the article counts, and the mass organisation that introduced them.
 */
public record NewCandidate(
    String fullName,
    Sex sex,
    LocalDate birthDate,
    Integer ethnicityCode,
    String citizenId,
    Integer educationGrade,
    boolean ethnicArea,
    String occupation,
    String residence,
    Long homePlaceId,
    Long cellId,
    String massOrganization,
    boolean youthUnion,
    boolean militia,
    boolean teacher,
    boolean healthWorker,
    boolean villageOfficial,
    Stage stage,
    LocalDate since,
    String birthPlace,
    String homeTown,
    String religion,
    String phone) {

  /** The particulars without birth place, home town, religion and phone. */
  public NewCandidate(
      String fullName,
      Sex sex,
      LocalDate birthDate,
      Integer ethnicityCode,
      String citizenId,
      Integer educationGrade,
      boolean ethnicArea,
      String occupation,
      String residence,
      Long homePlaceId,
      Long cellId,
      String massOrganization,
      boolean youthUnion,
      boolean militia,
      boolean teacher,
      boolean healthWorker,
      boolean villageOfficial,
      Stage stage,
      LocalDate since) {
    this(
        fullName,
        sex,
        birthDate,
        ethnicityCode,
        citizenId,
        educationGrade,
        ethnicArea,
        occupation,
        residence,
        homePlaceId,
        cellId,
        massOrganization,
        youthUnion,
        militia,
        teacher,
        healthWorker,
        villageOfficial,
        stage,
        since,
        null,
        null,
        null,
        null);
  }
}
