package vn.dangbo.records;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberStatus;

/**
 * The fields of a member's sheet in the national member database (phiếu đảng viên) that dangbo
 * holds, in the sheet's order: the columns of the export, and those required for a record to be
 * complete. The list follows the usual sheet; the form itself is not in hand, so it is marked
 * unconfirmed in the docs.
 */
public enum NationalField {
  FULL_NAME(true, m -> m.record().fullName()),
  OTHER_NAMES(false, m -> m.record().otherNames()),
  SEX(true, m -> m.record().sex() == null ? null : m.record().sex().name()),
  BIRTH_DATE(true, m -> day(m.record().birthDate())),
  BIRTH_PLACE(true, m -> m.record().birthPlace()),
  HOME_TOWN(true, m -> m.record().homeTown()),
  RESIDENCE(true, m -> m.record().residence()),
  ETHNICITY(true, Member::ethnicity),
  RELIGION(true, m -> m.record().religion()),
  GENERAL_EDUCATION(true, m -> m.record().generalEducation()),
  PROFESSIONAL_QUALIFICATION(false, m -> m.record().professionalQualification()),
  POLITICAL_THEORY(
      true, m -> m.record().politicalTheory() == null ? null : m.record().politicalTheory().name()),
  OCCUPATION(true, m -> m.record().occupation()),
  CITIZEN_ID(true, m -> m.record().citizenId()),
  ADMISSION_DATE(true, m -> day(m.record().admissionCeremonyDate())),
  OFFICIAL_DATE(true, m -> day(m.officialDate())),
  PARTY_CARD(true, m -> m.record().partyCardNumber()),
  CELL(true, Member::cellName);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final boolean required;
  private final Function<Member, String> reader;

  NationalField(boolean required, Function<Member, String> reader) {
    this.required = required;
    this.reader = reader;
  }

  /** The field's value as the export writes it, or null. */
  public String of(Member member) {
    String value = reader.apply(member);
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Whether the member's record needs the field: the official date and party card only once the
   * member is official.
   */
  public boolean requiredFor(Member member) {
    if (this == OFFICIAL_DATE || this == PARTY_CARD) {
      return member.status() == MemberStatus.OFFICIAL;
    }
    return required;
  }

  private static String day(LocalDate day) {
    return day == null ? null : DAY.format(day);
  }
}
