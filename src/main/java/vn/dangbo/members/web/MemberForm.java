package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Sex;

/**
 * The member form: the record, and for a new record its first status and since when; for a
 * correction, its reason (kept in the audit trail, required from the office of an ended
 * organisation).
 */
record MemberForm(
    String fullName,
    String otherNames,
    Sex sex,
    LocalDate birthDate,
    String birthPlace,
    String homeTown,
    String residence,
    Integer ethnicityCode,
    String religion,
    String generalEducation,
    String educationNote,
    String professionalQualification,
    PoliticalTheory politicalTheory,
    String occupation,
    String citizenId,
    String oldIdNumber,
    String partyCardNumber,
    String phone,
    Long cellId,
    Long homePlaceId,
    LocalDate admissionDecisionDate,
    LocalDate admissionCeremonyDate,
    Boolean youthUnion,
    Boolean militia,
    Boolean teacher,
    Boolean healthWorker,
    MemberStatus status,
    LocalDate since,
    Boolean confirmedNotDuplicate,
    Integer version,
    String reason) {

  static MemberForm blank(Long cellId, LocalDate today) {
    return new MemberForm(
        null,
        null,
        Sex.MALE,
        null,
        null,
        null,
        null,
        8,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        cellId,
        null,
        null,
        null,
        false,
        false,
        false,
        false,
        MemberStatus.OFFICIAL,
        today,
        false,
        null,
        null);
  }

  static MemberForm of(Member member) {
    var r = member.record();
    return new MemberForm(
        r.fullName(),
        r.otherNames(),
        r.sex(),
        r.birthDate(),
        r.birthPlace(),
        r.homeTown(),
        r.residence(),
        r.ethnicityCode(),
        r.religion(),
        r.generalEducation(),
        r.educationNote(),
        r.professionalQualification(),
        r.politicalTheory(),
        r.occupation(),
        r.citizenId(),
        r.oldIdNumber(),
        r.partyCardNumber(),
        r.phone(),
        r.cellId(),
        r.homePlaceId(),
        r.admissionDecisionDate(),
        r.admissionCeremonyDate(),
        r.youthUnion(),
        r.militia(),
        r.teacher(),
        r.healthWorker(),
        member.status(),
        member.statusSince(),
        false,
        member.version(),
        null);
  }

  MemberRecord record() {
    return new MemberRecord(
        fullName,
        otherNames,
        sex,
        birthDate,
        birthPlace,
        homeTown,
        residence,
        ethnicityCode,
        religion,
        generalEducation,
        educationNote,
        professionalQualification,
        politicalTheory,
        occupation,
        citizenId,
        oldIdNumber,
        partyCardNumber,
        phone,
        cellId,
        homePlaceId,
        admissionDecisionDate,
        admissionCeremonyDate,
        Boolean.TRUE.equals(youthUnion),
        Boolean.TRUE.equals(militia),
        Boolean.TRUE.equals(teacher),
        Boolean.TRUE.equals(healthWorker));
  }
}
