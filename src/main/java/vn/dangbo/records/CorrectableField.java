package vn.dangbo.records;

import java.util.function.Function;
import java.util.regex.Pattern;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.shared.RefusedException;

/**
 * The parts of a member's record the member may propose to correct: where they live, their phone,
 * education, qualification, work, religion, home town, birth place, other names. Identity (name,
 * birth date, sex, citizen ID) and party facts (admission, card, cell) are the office's to correct
 * from documents, not proposals.
 */
public enum CorrectableField {
  RESIDENCE(MemberRecord::residence, 300),
  PHONE(MemberRecord::phone, 20),
  GENERAL_EDUCATION(MemberRecord::generalEducation, 20),
  EDUCATION_NOTE(MemberRecord::educationNote, 200),
  PROFESSIONAL_QUALIFICATION(MemberRecord::professionalQualification, 120),
  OCCUPATION(MemberRecord::occupation, 120),
  RELIGION(MemberRecord::religion, 60),
  HOME_TOWN(MemberRecord::homeTown, 200),
  BIRTH_PLACE(MemberRecord::birthPlace, 200),
  OTHER_NAMES(MemberRecord::otherNames, 200);

  private static final Pattern PHONE_NUMBER = Pattern.compile("^(0|\\+84)[0-9]{9,10}$");

  private final Function<MemberRecord, String> reader;
  private final int limit;

  CorrectableField(Function<MemberRecord, String> reader, int limit) {
    this.reader = reader;
    this.limit = limit;
  }

  /** The field's value in the record. */
  public String of(MemberRecord record) {
    return reader.apply(record);
  }

  /** A proposed value, checked: its length, and a phone's form. Blank means "remove it". */
  String checked(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String clean = value.strip();
    if (clean.length() > limit) {
      throw RefusedException.forField(name(), "correction.refused.tooLong", limit);
    }
    if (this == PHONE && !PHONE_NUMBER.matcher(clean.replace(" ", "")).matches()) {
      throw RefusedException.forField(name(), "correction.refused.phone");
    }
    return this == PHONE ? clean.replace(" ", "") : clean;
  }

  /** The record with this field set to the value. */
  MemberRecord applied(MemberRecord r, String v) {
    return new MemberRecord(
        r.fullName(),
        this == OTHER_NAMES ? v : r.otherNames(),
        r.sex(),
        r.birthDate(),
        this == BIRTH_PLACE ? v : r.birthPlace(),
        this == HOME_TOWN ? v : r.homeTown(),
        this == RESIDENCE ? v : r.residence(),
        r.ethnicityCode(),
        this == RELIGION ? v : r.religion(),
        this == GENERAL_EDUCATION ? v : r.generalEducation(),
        this == EDUCATION_NOTE ? v : r.educationNote(),
        this == PROFESSIONAL_QUALIFICATION ? v : r.professionalQualification(),
        r.politicalTheory(),
        this == OCCUPATION ? v : r.occupation(),
        r.citizenId(),
        r.oldIdNumber(),
        r.partyCardNumber(),
        this == PHONE ? v : r.phone(),
        r.cellId(),
        r.homePlaceId(),
        r.admissionDecisionDate(),
        r.admissionCeremonyDate(),
        r.youthUnion(),
        r.militia(),
        r.teacher(),
        r.healthWorker());
  }
}
