package vn.dangbo.evaluations;

import java.math.BigDecimal;

/**
 * What one step of an evaluation says: the points of the general criteria and of the task results,
 * the conditions the grades ask for, the grade (needed when the rulebook has no point scale;
 * otherwise it may only be lower than the points give, with a reason), and a comment.
 *
 * @param allTasksOnTime every task done on time and with quality
 * @param exceedingPercent share of tasks exceeding requirements, in percent
 * @param latePercent share of tasks behind schedule, in percent (organisations)
 * @param disciplined an organisation with a subordinate unit or a leading member disciplined
 * @param shortcomingsFixed the shortcomings found in earlier reviews are fixed
 */
public record Assessment(
    BigDecimal generalPoints,
    BigDecimal taskPoints,
    boolean allTasksOnTime,
    Integer exceedingPercent,
    Integer latePercent,
    boolean disciplined,
    boolean shortcomingsFixed,
    Grade grade,
    String comment) {

  /** The points of both parts, or null when either is missing. */
  public BigDecimal total() {
    return generalPoints == null || taskPoints == null ? null : generalPoints.add(taskPoints);
  }
}
