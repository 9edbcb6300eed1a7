package vn.dangbo.members;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.dangbo.shared.CitizenId;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * The personal record of a member as entered by the cell secretary or the office. Checked as a
 * whole before anything is saved; every refusal has a Vietnamese message.
 */
public record MemberRecord(
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
    boolean youthUnion,
    boolean militia,
    boolean teacher,
    boolean healthWorker) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  public MemberRecord {
    fullName = trimmed(fullName);
    otherNames = trimmed(otherNames);
    birthPlace = trimmed(birthPlace);
    homeTown = trimmed(homeTown);
    residence = trimmed(residence);
    religion = trimmed(religion);
    generalEducation = trimmed(generalEducation);
    educationNote = trimmed(educationNote);
    professionalQualification = trimmed(professionalQualification);
    occupation = trimmed(occupation);
    partyCardNumber = trimmed(partyCardNumber);
    phone = trimmed(phone);
    CitizenId id = CitizenId.ofNullable(citizenId);
    citizenId = id == null ? null : id.value();
    oldIdNumber =
        oldIdNumber == null || oldIdNumber.isBlank() ? null : oldIdNumber.replaceAll("[\\s.]", "");
  }

  /** Checks what can be checked without the database, against the day of entry. */
  void check(LocalDate today) {
    require(fullName != null, "member.refused.nameRequired");
    require(fullName.length() <= 120, "member.refused.tooLong");
    require(sex != null, "member.refused.sexRequired");
    require(birthDate != null, "member.refused.birthDateRequired");
    require(
        !birthDate.isAfter(today.minusYears(16)) && birthDate.isAfter(LocalDate.of(1900, 1, 1)),
        "member.refused.birthDateImplausible");
    require(
        ethnicityCode != null && ethnicityCode >= 1 && ethnicityCode <= 54,
        "member.refused.ethnicity");
    require(cellId != null, "member.refused.cellRequired");
    if (citizenId != null) {
      new CitizenId(citizenId).checkAgainst(birthDate, sex == Sex.FEMALE);
    }
    require(
        admissionDecisionDate == null || admissionDecisionDate.isAfter(birthDate.plusYears(16)),
        "member.refused.admissionBeforeAge");
    PartyDates.requireSinceFounding("admissionDecisionDate", admissionDecisionDate);
    PartyDates.requireSinceFounding("admissionCeremonyDate", admissionCeremonyDate);
    require(
        admissionDecisionDate == null || !admissionDecisionDate.isAfter(today),
        "member.refused.admissionInFuture");
    require(
        admissionCeremonyDate == null
            || admissionDecisionDate == null
            || !admissionCeremonyDate.isBefore(admissionDecisionDate),
        "member.refused.ceremonyBeforeDecision");
    require(phone == null || phone.matches("[0-9+ .]{8,20}"), "member.refused.phone");
    if (oldIdNumber != null && !oldIdNumber.matches("[0-9]{9}")) {
      throw RefusedException.forField("oldIdNumber", "member.refused.oldIdNumber");
    }
    // the lengths of the columns in table member (V5)
    require(fitsIn(partyCardNumber, 20) && fitsIn(generalEducation, 20), "member.refused.tooLong");
    require(fitsIn(religion, 60), "member.refused.tooLong");
    require(
        fitsIn(occupation, 120) && fitsIn(professionalQualification, 120),
        "member.refused.tooLong");
    for (String field : new String[] {otherNames, birthPlace, homeTown, educationNote}) {
      require(fitsIn(field, 200), "member.refused.tooLong");
    }
    require(fitsIn(residence, 300), "member.refused.tooLong");
  }

  private static boolean fitsIn(String value, int length) {
    return value == null || value.length() <= length;
  }

  private static void require(boolean condition, String code) {
    if (!condition) {
      throw new RefusedException(code);
    }
  }

  private static String trimmed(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return tidy(value) ? value : SPACES.matcher(value.strip()).replaceAll(" ");
  }

  /** No space at either end, and words apart by one plain space: nothing to change. */
  private static boolean tidy(String value) {
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || value.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }
}
