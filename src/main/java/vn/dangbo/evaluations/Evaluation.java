package vn.dangbo.evaluations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One member or organisation evaluated in a cycle, with the steps recorded so far.
 *
 * @param cellId the member's cell, or the organisation itself: what scopes the evaluation
 * @param removalReview the decided grade is "not completed" for as many years in a row as the rule
 *     names: grounds for a removal review
 */
public record Evaluation(
    long id,
    long cycleId,
    Long memberId,
    Long organizationId,
    long cellId,
    String name,
    String cellName,
    int version,
    Map<Step, Recorded> steps,
    boolean removalReview) {

  /** A recorded step: what was assessed, the grade that follows, who entered it and when. */
  public record Recorded(
      Step step, Assessment assessment, Grade grade, String enteredBy, LocalDate enteredOn) {

    @JsonProperty
    public BigDecimal total() {
      return assessment.total();
    }
  }

  public boolean isMember() {
    return memberId != null;
  }

  /** The committee's grade, or null before the decision. */
  @JsonProperty
  public Grade decided() {
    var decision = steps.get(Step.DECISION);
    return decision == null ? null : decision.grade();
  }

  /** The next step to record, or null once decided. */
  public Step nextStep() {
    for (var step : Step.values()) {
      if (!steps.containsKey(step)) {
        return step;
      }
    }
    return null;
  }
}
