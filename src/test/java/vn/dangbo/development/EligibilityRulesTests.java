package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.members.MemberStatistics.Placement;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Sex;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSet;

/**
 * The admission eligibility rules at their edges, as pure functions of the candidate, the rule
 * values and the day: no Spring, no database. The rule values are this test's own, set to those of
 * the rulebook in force on the cell's day (18 to 60 years, grade 9 or 5 in ethnic-minority areas, a
 * 60-month certificate, 12 months known, two official introducers, the Youth Union up to 30, a
 * 12-month dossier, re-admission after 36 months or 60 after a cleared record, at most once).
 */
class EligibilityRulesTests {

  private static final LocalDate CELL_DAY = LocalDate.of(2025, 7, 10);
  private static final LocalDate FROM = LocalDate.of(1930, 2, 3);

  /** Member 1 is official on the cell's day, member 2 probationary, member 3 unknown. */
  private static final Map<Long, Placement> PLACEMENTS =
      Map.of(
          1L, new Placement(10, MemberStatus.OFFICIAL),
          2L, new Placement(10, MemberStatus.PROBATIONARY),
          4L, new Placement(10, MemberStatus.OFFICIAL));

  private final EligibilityPolicies policies =
      EligibilityPolicies.of(
          RuleSet.of(
              List.of(
                  rule(RuleKey.ADMISSION_AGE_MIN_MONTHS, "216"),
                  rule(RuleKey.ADMISSION_AGE_MAX_MONTHS, "720"),
                  rule(RuleKey.ADMISSION_EDUCATION_MIN_GRADE, "9"),
                  rule(RuleKey.ADMISSION_EDUCATION_MIN_GRADE_ETHNIC_AREA, "5"),
                  rule(RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS, "60"),
                  rule(RuleKey.INTRODUCER_KNOWN_MONTHS, "12"),
                  rule(RuleKey.INTRODUCER_OFFICIAL_MEMBERS, "2"),
                  rule(RuleKey.INTRODUCER_YOUTH_UNION_MAX_AGE_YEARS, "30"),
                  rule(RuleKey.DOSSIER_VALIDITY_MONTHS, "12"),
                  rule(
                      RuleKey.READMISSION_BARRED_REASONS,
                      "QUIT_ACTIVITIES,ASKED_TO_LEAVE,DISUNITY,CORRUPTION_CONVICTED,"
                          + "SERIOUS_CRIME_CONVICTED"),
                  rule(RuleKey.READMISSION_MAX_TIMES, "1"),
                  rule(RuleKey.READMISSION_MONTHS_OUT, "36"),
                  rule(RuleKey.READMISSION_MONTHS_AFTER_RECORD_CLEARED, "60"))),
          (member, day) -> Optional.ofNullable(PLACEMENTS.get(member)));

  @ParameterizedTest(name = "born {0}, consent {1}: {2} ({3})")
  @CsvSource({
    "2007-07-10, , true, development.check.age", // 18 years 0 months
    "2007-07-11, , false, development.check.ageTooYoung", // a day short of 18
    "1965-07-10, , true, development.check.age", // 60 years 0 months
    "1965-06-10, , false, development.check.ageOver", // 60 years 1 month
    "1965-06-10, 12-CV/TU, true, development.check.ageOverWithConsent"
  })
  void age(LocalDate birth, String consent, boolean passes, String code) {
    var check = policies.age(birth, consent, CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.messageCode()).isEqualTo(code);
  }

  @ParameterizedTest(name = "grade {0}, ethnic area {1}: {2}")
  @CsvSource({
    "9, false, true, development.check.education",
    "8, false, false, development.check.educationLow",
    "5, true, true, development.check.education",
    "4, true, false, development.check.educationLow",
    ", false, false, development.check.educationMissing"
  })
  void education(Integer grade, boolean ethnicArea, boolean passes, String code) {
    var check = policies.education(person(grade, ethnicArea, false, 1995), CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.messageCode()).isEqualTo(code);
  }

  @ParameterizedTest(name = "course passed {0}: {1}")
  @CsvSource({
    "2020-07-10, true, development.check.certificate", // valid until the cell's day
    "2020-07-09, false, development.check.certificateExpired",
    ", false, development.check.certificateMissing"
  })
  void certificate(LocalDate passed, boolean passes, String code) {
    var check =
        policies.certificate(
            passed == null ? null : step(StepKind.COURSE_PASSED, passed), CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.messageCode()).isEqualTo(code);
  }

  @ParameterizedTest(name = "dossier of {0}: {1}")
  @CsvSource({
    "2024-07-10, true, development.check.dossier",
    "2024-07-09, false, development.check.dossierStale",
    ", false, development.check.dossierMissing"
  })
  void dossierAge(LocalDate made, boolean passes, String code) {
    var check = policies.dossierAge(made == null ? null : step(StepKind.DOSSIER, made), CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.messageCode()).isEqualTo(code);
  }

  /**
   * Introducers as "member:months:replacement" separated by spaces; a Youth Union or trade-union
   * resolution; the person a Union member born in the given year.
   */
  @ParameterizedTest(name = "{0} youth {1} trade {2} union member {3} born {4}: {5}")
  @CsvSource({
    "1:12:false 4:12:false, false, false, false, 1995, true, development.check.introducers",
    "1:12:false, false, false, false, 1995, false, development.check.introducersTooFew",
    "1:11:false 4:12:false, false, false, false, 1995, false, development.check.introducerKnownShort",
    "1:3:true 4:12:false, false, false, false, 1995, true, development.check.introducers",
    "1:12:false 2:12:false, false, false, false, 1995, false, development.check.introducerNotOfficial",
    "1:12:false 3:12:false, false, false, false, 1995, false, development.check.introducerNotOfficial",
    "1:12:false, true, false, true, 1995, true, development.check.introducers",
    "1:12:false, true, false, false, 1995, false, development.check.youthUnionNotMember",
    "1:12:false, true, false, true, 1990, false, development.check.youthUnionTooOld",
    "1:12:false, false, true, false, 1970, true, development.check.introducers",
    ", false, false, false, 1995, false, development.check.introducersTooFew"
  })
  void introducers(
      String introducers,
      boolean youthUnionResolution,
      boolean tradeUnionResolution,
      boolean unionMember,
      int born,
      boolean passes,
      String code) {
    var list = new ArrayList<Introducer>();
    if (introducers != null) {
      for (var one : introducers.split(" ")) {
        String[] parts = one.split(":");
        list.add(
            new Introducer(
                Long.parseLong(parts[0]),
                Integer.parseInt(parts[1]),
                Boolean.parseBoolean(parts[2])));
      }
    }
    var dossier =
        new Step(
            0,
            StepKind.DOSSIER,
            null,
            null,
            CELL_DAY.minusMonths(1),
            10,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.copyOf(list),
            youthUnionResolution,
            tradeUnionResolution,
            null,
            null,
            null,
            null);

    var check = policies.introducers(person(9, false, unionMember, born), dossier, CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.messageCode()).isEqualTo(code);
  }

  @ParameterizedTest(name = "left {1} {0}, times {2}, cleared {3}: {4}")
  @CsvSource({
    "REMOVED, 2022-07-10, 0, , true, development.check.readmission", // 36 months out
    "REMOVED, 2022-07-11, 0, , false, development.check.readmissionTooSoon",
    "REMOVED, 2015-01-01, 1, , false, development.check.readmissionTimes",
    "QUIT_ACTIVITIES, 2015-01-01, 0, , false, development.check.readmissionBarred",
    "ASKED_TO_LEAVE_HARDSHIP, 2015-01-01, 0, , true, development.check.readmission",
    "LESS_SERIOUS_CRIME_CONVICTED, 2015-01-01, 0, 2020-07-10, true, development.check.readmission",
    "LESS_SERIOUS_CRIME_CONVICTED, 2015-01-01, 0, 2020-07-11, false,"
        + " development.check.readmissionRecordCleared"
  })
  void readmission(
      FormerMembership.ExitReason reason,
      LocalDate left,
      int times,
      LocalDate cleared,
      boolean passes,
      String code) {
    var check =
        policies.readmission(new FormerMembership(left, reason, cleared, times, null), CELL_DAY);

    assertThat(check.passed()).isEqualTo(passes);
    assertThat(check.messageCode()).isEqualTo(code);
  }

  private static Rule rule(RuleKey key, String value) {
    return new Rule(key, FROM, value, "Giá trị của phép thử", false);
  }

  private static NewCandidate person(
      Integer grade, boolean ethnicArea, boolean youthUnion, int born) {
    return CandidateFixtures.person("Lò Thị Hoa", Sex.FEMALE)
        .born(LocalDate.of(born, 1, 1))
        .grade(grade)
        .ethnicArea(ethnicArea)
        .occupation(null)
        .cell(10L)
        .youthUnion(youthUnion)
        .stage(Stage.SYMPATHISER)
        .build();
  }

  private static Step step(StepKind kind, LocalDate on) {
    return new Step(
        0, kind, null, null, on, 10, null, null, null, null, null, null, null, List.of(), false,
        false, null, null, null, null);
  }
}
