package vn.dangbo.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.RefusedException;

/** The grades on the 100-point scale of QĐ 366-QĐ/TW, at their edges, and without a scale. */
class GradingTests {

  private static final LocalDate QD_366 = LocalDate.of(2025, 8, 30);

  private static final Grading SCORED = grading("100");
  private static final Grading BY_CRITERIA = grading("0");

  private static Grading grading(String scale) {
    return new Grading(
        rule(RuleKey.EVALUATION_POINTS_SCALE, scale),
        rule(RuleKey.EVALUATION_GENERAL_MAX_POINTS, "30"),
        rule(RuleKey.EVALUATION_GRADE_MIN_POINTS, "90,70,50"),
        rule(RuleKey.EVALUATION_EXCELLENT_MIN_EXCEEDING_PERCENT, "30"),
        rule(RuleKey.EVALUATION_COLLECTIVE_MAX_LATE_PERCENT, "20"));
  }

  private static Rule rule(RuleKey key, String value) {
    return new Rule(key, QD_366, value, "Quy định 366-QĐ/TW", false);
  }

  private static Assessment points(double total, boolean onTime, int exceeding) {
    double general = Math.min(30, total);
    return new Assessment(
        BigDecimal.valueOf(general),
        BigDecimal.valueOf(total - general),
        onTime,
        exceeding,
        0,
        false,
        true,
        null,
        null);
  }

  @ParameterizedTest(name = "{0} points, every task on time, 30% exceeding: {1}")
  @CsvSource({
    "100, EXCELLENT",
    "90, EXCELLENT",
    "89.5, GOOD",
    "89, GOOD",
    "70, GOOD",
    "69, COMPLETED",
    "50, COMPLETED",
    "49.5, NOT_COMPLETED",
    "49, NOT_COMPLETED",
    "0, NOT_COMPLETED"
  })
  void thePointsGiveTheGradeAtEachEdge(double total, Grade grade) {
    assertThat(SCORED.grade(false, points(total, true, 30))).isEqualTo(grade);
  }

  @Test
  void excellentAlsoNeedsEveryTaskOnTimeEnoughExceedingAndShortcomingsFixed() {
    assertThat(SCORED.grade(false, points(95, true, 29))).isEqualTo(Grade.GOOD);
    assertThat(SCORED.grade(false, points(95, false, 50))).isEqualTo(Grade.COMPLETED);
    var open =
        new Assessment(
            BigDecimal.valueOf(30), BigDecimal.valueOf(65), true, 40, 0, false, false, null, null);
    assertThat(SCORED.grade(false, open)).isEqualTo(Grade.GOOD);
  }

  @Test
  void goodNeedsEveryTaskOnTimeOrItIsCompleted() {
    assertThat(SCORED.grade(false, points(70, false, 0))).isEqualTo(Grade.COMPLETED);
    assertThat(SCORED.grade(false, points(89, false, 0))).isEqualTo(Grade.COMPLETED);
  }

  @Test
  void anOrganisationWithSomebodyDisciplinedIsNotExcellentAndOneTooLateDoesNotComplete() {
    var disciplined =
        new Assessment(
            BigDecimal.valueOf(30), BigDecimal.valueOf(65), true, 40, 0, true, true, null, null);
    assertThat(SCORED.grade(true, disciplined)).isEqualTo(Grade.GOOD);
    assertThat(SCORED.grade(false, disciplined)).isEqualTo(Grade.EXCELLENT);

    var late20 =
        new Assessment(
            BigDecimal.valueOf(25), BigDecimal.valueOf(35), false, 0, 20, false, true, null, null);
    var late21 =
        new Assessment(
            BigDecimal.valueOf(25), BigDecimal.valueOf(35), false, 0, 21, false, true, null, null);
    assertThat(SCORED.grade(true, late20)).isEqualTo(Grade.COMPLETED);
    assertThat(SCORED.grade(true, late21)).isEqualTo(Grade.NOT_COMPLETED);
    assertThat(SCORED.grade(false, late21)).isEqualTo(Grade.COMPLETED);
  }

  @Test
  void aLowerGradeNeedsAReasonAndAHigherOneIsRefusedNamingTheRule() {
    var askedExcellent =
        new Assessment(
            BigDecimal.valueOf(25),
            BigDecimal.valueOf(50),
            true,
            40,
            0,
            false,
            true,
            Grade.EXCELLENT,
            null);
    assertThatThrownBy(() -> SCORED.grade(false, askedExcellent))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("evaluation.refused.gradeAboveEarned");
              assertThat(e.rule()).isEqualTo("evaluation.grade.minPoints");
            });
    var lowerWithoutReason =
        new Assessment(
            BigDecimal.valueOf(25),
            BigDecimal.valueOf(50),
            true,
            0,
            0,
            false,
            true,
            Grade.COMPLETED,
            " ");
    assertThatThrownBy(() -> SCORED.grade(false, lowerWithoutReason))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.lowerNeedsReason");
    var lowerWithReason =
        new Assessment(
            BigDecimal.valueOf(25),
            BigDecimal.valueOf(50),
            true,
            0,
            0,
            false,
            true,
            Grade.COMPLETED,
            "Chưa đóng đảng phí đủ");
    assertThat(SCORED.grade(false, lowerWithReason)).isEqualTo(Grade.COMPLETED);
  }

  @Test
  void pointsOutsideTheirPartsAreRefused() {
    var general31 =
        new Assessment(
            BigDecimal.valueOf(31), BigDecimal.valueOf(60), true, 0, 0, false, true, null, null);
    var tasks71 =
        new Assessment(
            BigDecimal.valueOf(20), BigDecimal.valueOf(71), true, 0, 0, false, true, null, null);
    var missing = new Assessment(null, BigDecimal.valueOf(60), true, 0, 0, false, true, null, null);
    assertThatThrownBy(() -> SCORED.grade(false, general31))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.generalPoints");
    assertThatThrownBy(() -> SCORED.grade(false, tasks71))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.taskPoints");
    assertThatThrownBy(() -> SCORED.grade(false, missing))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.pointsNeeded");
  }

  @Test
  void withoutAScaleTheGradeIsChosenAndPointsAreNotAsked() {
    var chosen = new Assessment(null, null, true, null, null, false, true, Grade.EXCELLENT, null);
    assertThat(BY_CRITERIA.grade(false, chosen)).isEqualTo(Grade.EXCELLENT);
    assertThatThrownBy(() -> BY_CRITERIA.grade(false, points(95, true, 50)))
        .hasFieldOrPropertyWithValue("messageCode", "evaluation.refused.gradeNeeded");
  }
}
