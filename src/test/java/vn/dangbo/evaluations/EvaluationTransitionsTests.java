package vn.dangbo.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.RefusedException;

/**
 * The steps of a member's evaluation as the aggregate judges them, with no Spring and no database:
 * the 100-point scale of QĐ 366-QĐ/TW (30 general points, 90/70/50, 30 % exceeding) and excellent
 * capped at 20 % of the number rated good.
 */
class EvaluationTransitionsTests {

  private static final LocalDate QD_366 = LocalDate.of(2025, 8, 30);
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
  private static final Grading GRADING =
      new Grading(
          rule(RuleKey.EVALUATION_POINTS_SCALE, "100"),
          rule(RuleKey.EVALUATION_GENERAL_MAX_POINTS, "30"),
          rule(RuleKey.EVALUATION_GRADE_MIN_POINTS, "90,70,50"),
          rule(RuleKey.EVALUATION_EXCELLENT_MIN_EXCEEDING_PERCENT, "30"),
          rule(RuleKey.EVALUATION_COLLECTIVE_MAX_LATE_PERCENT, "20"));
  private static final Rule CAP = rule(RuleKey.EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD, "20");

  @ParameterizedTest(name = "{0} with {1} recorded: {2}")
  @CsvSource({
    "SELF, '', GOOD",
    "PROPOSAL, SELF, GOOD",
    "DECISION, 'SELF,PROPOSAL', GOOD",
    "SELF, SELF, GOOD", // recorded again by the same person
    "PROPOSAL, '', evaluation.refused.order",
    "DECISION, SELF, evaluation.refused.order",
    "SELF, 'SELF,PROPOSAL', evaluation.refused.laterStep",
    "PROPOSAL, 'SELF,PROPOSAL,DECISION', evaluation.refused.laterStep"
  })
  void followsTheStepsInOrder(Step step, String recorded, String expected) {
    var evaluation = evaluation(recorded, "bithu");

    assertThat(outcome(() -> record(evaluation, step, points("80"), "bithu", false, 0, 0)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "entered by {0}, the member {1}: {2}")
  @CsvSource({
    "bithu, false, GOOD",
    "phobithu, false, evaluation.refused.selfOfAnother",
    "dangvien, true, GOOD"
  })
  void aSelfAssessmentIsNotReplacedByAnotherPerson(String by, boolean member, String expected) {
    var evaluation = evaluation("SELF", "bithu");

    assertThat(outcome(() -> record(evaluation, Step.SELF, points("80"), by, member, 0, 0)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} points, {1} % exceeding, {2} % late: {3}")
  @CsvSource({
    "80.5, 0, 0, GOOD",
    "80.25, 0, 0, evaluation.refused.number",
    "80, 101, 0, evaluation.refused.percent",
    "80, 0, -1, evaluation.refused.percent"
  })
  void takesPointsToAHalfAndPercentagesUpToAHundred(
      String total, int exceeding, int late, String expected) {
    var assessment =
        new Assessment(
            new BigDecimal("30"),
            new BigDecimal(total).subtract(new BigDecimal("30")),
            true,
            exceeding,
            late,
            false,
            true,
            null,
            null);

    assertThat(outcome(() -> record(evaluation("", "x"), Step.SELF, assessment, "x", false, 0, 0)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} points with {1} good and {2} excellent decided: {3}")
  @CsvSource({
    "95, 5, 0, EXCELLENT", // 20 % of 5 good allows 1
    "95, 4, 0, evaluation.refused.cap", // 20 % of 4 allows none
    "95, 10, 1, EXCELLENT", // 20 % of 10 allows 2
    "95, 9, 1, evaluation.refused.cap",
    "80, 0, 0, GOOD"
  })
  void keepsExcellentWithinItsCap(String total, int good, int excellent, String expected) {
    var evaluation = evaluation("SELF,PROPOSAL", "x");

    assertThat(
            outcome(
                () ->
                    record(evaluation, Step.DECISION, points(total), "x", false, good, excellent)))
        .isEqualTo(expected);
  }

  @Test
  void theCapRefusalNamesItsRule() {
    assertThatThrownBy(
            () ->
                record(
                    evaluation("SELF,PROPOSAL", "x"),
                    Step.DECISION,
                    points("95"),
                    "x",
                    false,
                    3,
                    0))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.legalBasis()).isEqualTo("Quy định 366-QĐ/TW");
              assertThat(e.arguments()).startsWith(1, 0, 3);
            });
  }

  @Test
  void keepsTheCommentStrippedAndStampsTheStep() {
    var assessment =
        new Assessment(
            new BigDecimal("30"),
            new BigDecimal("50"),
            true,
            0,
            0,
            false,
            true,
            null,
            "  Hoàn thành tốt  ");

    var recorded = record(evaluation("", "x"), Step.SELF, assessment, "dangvien", true, 0, 0);

    assertThat(recorded.assessment().comment()).isEqualTo("Hoàn thành tốt");
    assertThat(recorded.enteredBy()).isEqualTo("dangvien");
    assertThat(recorded.enteredOn()).isEqualTo(TODAY);
  }

  private static Evaluation.Recorded record(
      Evaluation evaluation,
      Step step,
      Assessment assessment,
      String by,
      boolean byTheMember,
      int good,
      int excellent) {
    return evaluation.record(
        step,
        assessment,
        GRADING,
        () ->
            new Evaluation.CapInForce(
                Cap.of(20, good, excellent, "Quy định 366-QĐ/TW", false), CAP),
        by,
        byTheMember,
        TODAY);
  }

  private static String outcome(java.util.function.Supplier<Evaluation.Recorded> record) {
    try {
      return record.get().grade().name();
    } catch (RefusedException refused) {
      return refused.messageCode();
    }
  }

  private static Evaluation evaluation(String recorded, String by) {
    Map<Step, Evaluation.Recorded> steps = new EnumMap<>(Step.class);
    for (var name : recorded.split(",")) {
      if (!name.isBlank()) {
        var step = Step.valueOf(name.strip());
        steps.put(step, new Evaluation.Recorded(step, points("80"), Grade.GOOD, by, TODAY));
      }
    }
    return new Evaluation(9, 3, 41L, null, 10, "Lò Văn Páo", "Chi bộ bản Chếu", 4, steps, false);
  }

  private static Assessment points(String total) {
    var points = new BigDecimal(total);
    return new Assessment(
        new BigDecimal("30"),
        points.subtract(new BigDecimal("30")),
        true,
        30,
        0,
        false,
        true,
        null,
        null);
  }

  private static Rule rule(RuleKey key, String value) {
    return new Rule(key, QD_366, value, "Quy định 366-QĐ/TW", false);
  }
}
