package vn.dangbo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.Members;
import vn.dangbo.records.CorrectableField;
import vn.dangbo.records.RecordCorrections;

/**
 * Records members help keep right: the demo member with an account has a proposal waiting (a new
 * phone and where she lives now); two other members of the village cell had one accepted and one
 * rejected. Two records of the Háng Đồng village lack where the member lives and their religion.
 */
@Component
@Profile("demo")
class DemoRecords {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final RecordCorrections corrections;
  private final MemberRegistry registry;
  private final Members members;
  private final MemberStatistics statistics;
  private final Clock clock;

  DemoRecords(
      RecordCorrections corrections,
      MemberRegistry registry,
      Members members,
      MemberStatistics statistics,
      Clock clock) {
    this.corrections = corrections;
    this.registry = registry;
    this.members = members;
    this.statistics = statistics;
    this.clock = clock;
  }

  void load(long accountHolder, long village, long otherVillage) {
    LocalDate today = LocalDate.now(clock);
    corrections.propose(
        accountHolder,
        Map.of(
            CorrectableField.PHONE, "0912345678",
            CorrectableField.RESIDENCE, "Bản Làng Chếu, xã Tà Xùa, tỉnh Sơn La"),
        "Em đổi số điện thoại và ghi lại nơi ở theo địa giới mới.",
        null,
        own(accountHolder, village),
        "dangvien.langcheu");
    var others =
        statistics.membersOn(village, today).stream()
            .map(MemberStatistics.OnDay::memberId)
            .filter(id -> id != accountHolder)
            .limit(2)
            .toList();
    if (others.size() == 2) {
      long accepted =
          corrections.propose(
              others.get(0),
              Map.of(CorrectableField.OCCUPATION, "Trồng chè, làm nương"),
              null,
              null,
              own(others.get(0), village),
              "demo");
      corrections.accept(accepted, null, ALL, "bithu.langcheu");
      long rejected =
          corrections.propose(
              others.get(1),
              Map.of(CorrectableField.GENERAL_EDUCATION, "12/12"),
              "Tôi đã học xong bổ túc.",
              null,
              own(others.get(1), village),
              "demo");
      corrections.reject(
          rejected, "Cần nộp bản sao bằng tốt nghiệp bổ túc để đối chiếu.", ALL, "bithu.langcheu");
    }
    statistics.membersOn(otherVillage, today).stream()
        .limit(2)
        .forEach(m -> incomplete(m.memberId()));
  }

  /** The record without where the member lives and their religion, as an old paper file left it. */
  private void incomplete(long memberId) {
    var member = members.find(memberId, ALL).orElseThrow();
    var r = member.record();
    var blanked =
        new MemberRecord(
            r.fullName(),
            r.otherNames(),
            r.sex(),
            r.birthDate(),
            r.birthPlace(),
            r.homeTown(),
            null,
            r.ethnicityCode(),
            null,
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
            r.healthWorker());
    registry.correct(memberId, member.version(), blanked, true, ALL, DemoCommune.BY);
  }

  /** The member's own scope: their cell, their record. */
  private static OrganizationScope own(long memberId, long cell) {
    return OrganizationScope.unitsOnly(Set.of(cell), Set.of(cell), memberId);
  }
}
