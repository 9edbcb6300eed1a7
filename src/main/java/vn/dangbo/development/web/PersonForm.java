package vn.dangbo.development.web;

import java.time.LocalDate;
import vn.dangbo.development.NewCandidate;
import vn.dangbo.development.Stage;
import vn.dangbo.members.Sex;

record PersonForm(
    String fullName,
    Sex sex,
    LocalDate birthDate,
    Integer ethnicityCode,
    String citizenId,
    Integer educationGrade,
    Boolean ethnicArea,
    String occupation,
    String residence,
    Long homePlaceId,
    Long cellId,
    String massOrganization,
    Boolean youthUnion,
    Boolean militia,
    Boolean teacher,
    Boolean healthWorker,
    Boolean villageOfficial,
    Stage stage,
    LocalDate since,
    String birthPlace,
    String homeTown,
    String religion,
    String phone) {

  NewCandidate person() {
    return new NewCandidate(
        fullName,
        sex,
        birthDate,
        ethnicityCode,
        citizenId,
        educationGrade,
        Boolean.TRUE.equals(ethnicArea),
        occupation,
        residence,
        homePlaceId,
        cellId,
        massOrganization,
        Boolean.TRUE.equals(youthUnion),
        Boolean.TRUE.equals(militia),
        Boolean.TRUE.equals(teacher),
        Boolean.TRUE.equals(healthWorker),
        Boolean.TRUE.equals(villageOfficial),
        stage,
        since,
        birthPlace,
        homeTown,
        religion,
        phone);
  }
}
