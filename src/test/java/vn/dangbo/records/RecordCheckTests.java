package vn.dangbo.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberStatus;

/** A record's completeness against the national sheet, and what is implausible in it. */
class RecordCheckTests {

  private static final MemberRecord RECORD = CorrectionProposalTests.RECORD;

  @Test
  void aFullRecordIsComplete() {
    var check = RecordCheck.of(member(RECORD, MemberStatus.OFFICIAL));
    assertThat(check.problems()).isEmpty();
    assertThat(check.score()).isEqualTo(100);
    assertThat(check.complete()).isTrue();
  }

  @Test
  void missingFieldsLowerTheScoreAndTheCardIsRequiredOnlyOfOfficialMembers() {
    var blank = with(RECORD, null, null);
    var official = RecordCheck.of(member(blank, MemberStatus.OFFICIAL));
    assertThat(official.problems())
        .extracting(RecordCheck.Problem::field)
        .containsExactlyInAnyOrder(
            NationalField.RESIDENCE, NationalField.RELIGION, NationalField.PARTY_CARD);
    // 16 fields required of an official member, 3 missing
    assertThat(official.score()).isEqualTo(81);
    var probationary = RecordCheck.of(member(blank, MemberStatus.PROBATIONARY));
    assertThat(probationary.problems())
        .extracting(RecordCheck.Problem::field)
        .containsExactlyInAnyOrder(NationalField.RESIDENCE, NationalField.RELIGION);
  }

  @Test
  void implausibleValuesAreProblemsToo() {
    var wrong =
        new MemberRecord(
            RECORD.fullName(),
            null,
            RECORD.sex(),
            LocalDate.of(2005, 3, 4),
            RECORD.birthPlace(),
            RECORD.homeTown(),
            RECORD.residence(),
            1,
            "Không",
            "lớp 9",
            null,
            null,
            RECORD.politicalTheory(),
            RECORD.occupation(),
            RECORD.citizenId(),
            null,
            "50001234",
            "12345",
            5L,
            null,
            LocalDate.of(2020, 5, 1),
            LocalDate.of(2020, 4, 1),
            false,
            false,
            false,
            false);
    var check = RecordCheck.of(member(wrong, MemberStatus.OFFICIAL));
    assertThat(check.problems())
        .extracting(RecordCheck.Problem::code)
        .containsExactlyInAnyOrder(
            "quality.citizenId",
            "quality.education",
            "quality.admittedYoung",
            "quality.ceremonyBeforeDecision",
            "quality.phone");
    assertThat(check.complete()).isFalse();
  }

  @Test
  void aPossibleDuplicateMakesARecordIncomplete() {
    var check =
        RecordCheck.of(member(RECORD, MemberStatus.OFFICIAL))
            .withDuplicates(List.of("Giàng Thị Mai (Chi bộ bản Bẹ)"));
    assertThat(check.score()).isEqualTo(100);
    assertThat(check.complete()).isFalse();
  }

  private static Member member(MemberRecord record, MemberStatus status) {
    return new Member(
        7,
        record,
        "Mông",
        "Chi bộ bản Làng Chếu",
        status,
        LocalDate.of(2021, 5, 19),
        status == MemberStatus.OFFICIAL ? LocalDate.of(2021, 5, 19) : null,
        0);
  }

  private static MemberRecord with(MemberRecord r, String residence, String card) {
    return new MemberRecord(
        r.fullName(),
        r.otherNames(),
        r.sex(),
        r.birthDate(),
        r.birthPlace(),
        r.homeTown(),
        residence,
        r.ethnicityCode(),
        null,
        r.generalEducation(),
        r.educationNote(),
        r.professionalQualification(),
        r.politicalTheory(),
        r.occupation(),
        r.citizenId(),
        r.oldIdNumber(),
        card,
        r.phone(),
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
