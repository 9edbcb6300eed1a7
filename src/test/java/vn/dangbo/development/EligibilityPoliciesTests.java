package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Sex;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.shared.DecisionRef;

/** The eligibility policies at their edges, with the rules in force on the cell's day. */
@SpringBootTest
@Transactional
class EligibilityPoliciesTests {

  private static final LocalDate CELL_DAY = LocalDate.of(2025, 6, 10);

  @Autowired EligibilityPolicies policies;
  @Autowired MemberRegistry registry;
  @Autowired RuleBook rules;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Demo demo;

  @ParameterizedTest(name = "born {0}, consent {1}: {2}")
  @CsvSource({
    "2007-06-10, , true", // 18 years 0 months on the cell's day
    "2007-06-11, , false", // 17 years 11 months and 30 days
    "2007-07-10, , false", // 17 years 11 months
    "1965-06-10, , true", // 60 years 0 months
    "1965-05-10, , false", // 60 years 1 month
    "1965-05-10, 12-CV/TU, true" // 60 years 1 month with the province's written consent
  })
  void ageIsCountedInWholeMonthsOnTheDayTheCellConsiders(
      LocalDate birth, String consent, boolean passes) {
    var check = policies.age(birth, consent, CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.rule()).startsWith("admission.age.");
    assertThat(check.legalBasis()).isNotBlank();
  }

  @ParameterizedTest(name = "grade {0}, ethnic area {1}: {2}")
  @CsvSource({"9, false, true", "8, false, false", "5, true, true", "4, true, false"})
  void educationHasTheLowerMinimumOfEthnicMinorityAreas(
      int grade, boolean ethnicArea, boolean passes) {
    assertThat(policies.education(person(grade, ethnicArea), CELL_DAY).passed()).isEqualTo(passes);
  }

  @Test
  void aCertificateIsValidForSixtyMonthsAndNotOneDayMore() {
    var course = step(StepKind.COURSE_PASSED, LocalDate.of(2020, 6, 10), List.of(), false);

    assertThat(policies.certificate(course, LocalDate.of(2025, 6, 10)).passed()).isTrue();
    var expired = policies.certificate(course, LocalDate.of(2025, 6, 11));
    assertThat(expired.passed()).isFalse();
    assertThat(expired.messageCode()).isEqualTo("development.check.certificateExpired");
    assertThat(expired.value()).isEqualTo("60");
  }

  @Test
  void introducersMustBeOfficialAndHaveKnownThePersonTwelveMonthsUnlessReplacements() {
    long official = member(MemberStatus.OFFICIAL, "014090000101");
    long second = member(MemberStatus.OFFICIAL, "014090000102");
    long probationary = member(MemberStatus.PROBATIONARY, "014090000103");

    assertThat(
            introducers(
                false, new Introducer(official, 12, false), new Introducer(second, 24, false)))
        .isTrue();
    assertThat(
            introducers(
                false, new Introducer(official, 11, false), new Introducer(second, 24, false)))
        .isFalse();
    assertThat(
            introducers(
                false, new Introducer(official, 3, true), new Introducer(second, 24, false)))
        .isTrue();
    assertThat(
            introducers(
                false, new Introducer(probationary, 24, false), new Introducer(second, 24, false)))
        .isFalse();
    assertThat(introducers(false, new Introducer(official, 24, false))).isFalse();
    assertThat(introducers(true, new Introducer(official, 24, false))).isTrue();
  }

  @Test
  void aYouthUnionResolutionIntroducesOnlyAUnionMemberOfYouthAgeAndATradeUnionOneAnyone() {
    long official = member(MemberStatus.OFFICIAL, "014090000104");
    var one = new Introducer(official, 24, false);
    // 2025-06-10: born 1995-01-01 is 30, born 1994-01-01 is 31
    assertThat(introducers(youthUnionMember(1995), true, false, one).passed()).isTrue();
    var tooOld = introducers(youthUnionMember(1994), true, false, one);
    var notMember = introducers(person(9, true), true, false, one);
    var tradeUnion = introducers(person(9, true), false, true, one);
    var alone = introducers(person(9, true), false, false, one);

    assertThat(tooOld.passed()).isFalse();
    assertThat(tooOld.messageCode()).isEqualTo("development.check.youthUnionTooOld");
    assertThat(tooOld.rule()).isEqualTo("introducer.youthUnion.maxAgeYears");
    assertThat(notMember.messageCode()).isEqualTo("development.check.youthUnionNotMember");
    assertThat(tradeUnion.passed()).isTrue();
    assertThat(alone.passed()).isFalse();
    assertThat(alone.rule()).isEqualTo("introducer.officialMembers");
  }

  @Test
  void anIntroducerRefusalNamesTheIntroducerRuleItApplies() {
    long official = member(MemberStatus.OFFICIAL, "014090000105");
    long probationary = member(MemberStatus.PROBATIONARY, "014090000106");

    var notOfficial =
        introducers(
            person(9, true),
            false,
            false,
            new Introducer(probationary, 24, false),
            new Introducer(official, 24, false));
    var knownShort =
        introducers(
            person(9, true),
            false,
            false,
            new Introducer(official, 6, false),
            new Introducer(official, 24, false));

    assertThat(notOfficial.rule()).isEqualTo("introducer.officialMembers");
    assertThat(knownShort.rule()).isEqualTo("introducer.known.months");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} on {1}, left {2}: {4}")
  @CsvSource({
    "REMOVED, 0, 2022-06-01, , true, development.check.readmission",
    "REMOVED, 0, 2023-01-01, , false, development.check.readmissionTooSoon",
    "EXPELLED, 1, 2020-01-01, , false, development.check.readmissionTimes",
    "QUIT_ACTIVITIES, 0, 2015-01-01, , false, development.check.readmissionBarred",
    "ASKED_TO_LEAVE, 0, 2015-01-01, , false, development.check.readmissionBarred",
    "ASKED_TO_LEAVE_HARDSHIP, 0, 2015-01-01, , true, development.check.readmission",
    "LESS_SERIOUS_CRIME_CONVICTED, 0, 2015-01-01, 2022-01-01, false,"
        + " development.check.readmissionRecordCleared",
    "LESS_SERIOUS_CRIME_CONVICTED, 0, 2015-01-01, 2020-08-01, true, development.check.readmission"
  })
  void aFormerMemberIsReadmittedOnlyAsQd294Allows(
      FormerMembership.ExitReason reason,
      int times,
      LocalDate left,
      LocalDate cleared,
      boolean passed,
      String code) {
    var check =
        policies.readmission(
            new FormerMembership(left, reason, cleared, times, null), LocalDate.of(2025, 8, 1));

    assertThat(check.passed()).isEqualTo(passed);
    assertThat(check.messageCode()).isEqualTo(code);
    assertThat(check.legalBasis()).contains("Quy định 294-QĐ/TW, mục 3.5");
  }

  @Test
  void sixOfNineOfficialMembersIsTwoThirdsAndFiveIsNot() {
    var share = rules.at(CELL_DAY, RuleKey.CELL_VOTE_SHARE);

    assertThat(share.reachedBy(6, 9)).isTrue();
    assertThat(share.reachedBy(5, 9)).isFalse();
    assertThat(share.reachedBy(0, 0)).isFalse();
  }

  @Test
  void sixtyWorkingDaysAfterACellResolutionBeforeTet2025SkipTheTetHolidays() {
    // 60 working days from 2025-01-02: weekends and the five days of Tết (27–31/1) are skipped
    assertThat(calendar.workingDaysAfter(LocalDate.of(2025, 1, 2), 60))
        .isEqualTo(LocalDate.of(2025, 4, 3));
  }

  private boolean introducers(boolean youthUnion, Introducer... introducers) {
    return introducers(youthUnionMember(2000), youthUnion, false, introducers).passed();
  }

  private Check introducers(
      NewCandidate person, boolean youthUnion, boolean tradeUnion, Introducer... introducers) {
    var dossier =
        step(
            StepKind.DOSSIER,
            CELL_DAY.minusMonths(1),
            List.of(introducers),
            youthUnion,
            tradeUnion);
    return policies.introducers(person, dossier, CELL_DAY);
  }

  private static NewCandidate youthUnionMember(int born) {
    return CandidateFixtures.person("Vàng A Sử", Sex.MALE)
        .born(LocalDate.of(born, 1, 1))
        .occupation(null)
        .cell(1L)
        .stage(null)
        .build();
  }

  private long member(MemberStatus status, String citizenId) {
    var record =
        new MemberRecord(
            "Giới Thiệu " + citizenId.substring(9),
            null,
            Sex.MALE,
            LocalDate.of(1990, 1, 1),
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
            citizenId,
            null,
            null,
            null,
            demo.named("Chi bộ bản Bẹ"),
            null,
            LocalDate.of(2024, 1, 5),
            LocalDate.of(2024, 1, 15),
            false,
            false,
            false,
            false);
    return registry.open(
        record,
        status,
        LocalDate.of(2024, 1, 15),
        DecisionRef.NONE,
        true,
        OrganizationScope.all(),
        "test");
  }

  private static NewCandidate person(int grade, boolean ethnicArea) {
    return CandidateFixtures.person("Vàng A Sử", Sex.MALE)
        .born(LocalDate.of(2000, 1, 1))
        .grade(grade)
        .ethnicArea(ethnicArea)
        .occupation(null)
        .cell(1L)
        .youthUnion(false)
        .stage(null)
        .build();
  }

  private static Step step(
      StepKind kind, LocalDate on, List<Introducer> introducers, boolean youthUnion) {
    return step(kind, on, introducers, youthUnion, false);
  }

  private static Step step(
      StepKind kind,
      LocalDate on,
      List<Introducer> introducers,
      boolean youthUnion,
      boolean tradeUnion) {
    return new Step(
        1,
        kind,
        null,
        null,
        on,
        1,
        null,
        null,
        null,
        null,
        null,
        "CN-1",
        null,
        introducers,
        youthUnion,
        tradeUnion,
        null,
        null,
        "test",
        null);
  }
}
