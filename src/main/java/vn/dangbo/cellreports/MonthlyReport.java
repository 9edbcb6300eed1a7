package vn.dangbo.cellreports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.shared.RefusedException;

/**
 * A cell's monthly report (báo cáo tháng của chi bộ): the aggregate its verbs act on. The secretary
 * writes it as a draft and submits it, the figures taken from dangbo's records at that moment; the
 * commune office accepts it, or returns it with a comment, and the secretary corrects and submits
 * it again. Once accepted it changes no more. Every step is kept with its time and who took it.
 */
public record MonthlyReport(
    long id,
    long cellId,
    YearMonth month,
    State state,
    String problems,
    String proposals,
    MonthlyFigures figures,
    List<Step> steps,
    int version) {

  /** The longest problems or proposals text. */
  static final int TEXT_LIMIT = 4000;

  /** The longest comment of a return. */
  static final int COMMENT_LIMIT = 1000;

  /** Where the report is. */
  public enum State {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
  }

  /** What was done to the report. */
  public enum Action {
    SUBMITTED,
    RESUBMITTED,
    RETURNED,
    ACCEPTED
  }

  /** One step of the report's way, with its time, who took it and the comment of a return. */
  public record Step(Action action, OffsetDateTime at, String by, String comment) {}

  public MonthlyReport {
    steps = List.copyOf(steps);
  }

  /** A new draft of the cell's report for a month that has begun. */
  static MonthlyReport draft(long cellId, YearMonth month, LocalDate today) {
    if (month == null) {
      throw new RefusedException("cellReport.refused.month");
    }
    if (month.isAfter(YearMonth.from(today))) {
      throw RefusedException.forField("month", "cellReport.refused.futureMonth");
    }
    return new MonthlyReport(0, cellId, month, State.DRAFT, null, null, null, List.of(), 0);
  }

  /** The problems and proposals written, while the report is the secretary's to change. */
  MonthlyReport written(String problems, String proposals) {
    requireEditable();
    return new MonthlyReport(
        id,
        cellId,
        month,
        state,
        clean(problems, "problems"),
        clean(proposals, "proposals"),
        figures,
        steps,
        version);
  }

  /** Submitted (again, after a return) with the figures of dangbo's records. */
  MonthlyReport submitted(MonthlyFigures current, OffsetDateTime at, String by) {
    requireEditable();
    var action = state == State.RETURNED ? Action.RESUBMITTED : Action.SUBMITTED;
    return next(State.SUBMITTED, current, new Step(action, at, by, null));
  }

  /** Returned by the commune office with what to correct. */
  MonthlyReport returned(String comment, OffsetDateTime at, String by) {
    requireSubmitted();
    String why = comment == null ? "" : comment.strip();
    if (why.isEmpty()) {
      throw RefusedException.forField("comment", "cellReport.refused.commentRequired");
    }
    if (why.length() > COMMENT_LIMIT) {
      throw RefusedException.forField("comment", "cellReport.refused.tooLong", COMMENT_LIMIT);
    }
    return next(State.RETURNED, figures, new Step(Action.RETURNED, at, by, why));
  }

  /** Accepted by the commune office: final. */
  MonthlyReport accepted(OffsetDateTime at, String by) {
    requireSubmitted();
    return next(State.ACCEPTED, figures, new Step(Action.ACCEPTED, at, by, null));
  }

  /** The day the report was first submitted, or null. */
  public LocalDate firstSubmittedOn() {
    return steps.stream()
        .filter(s -> s.action() == Action.SUBMITTED)
        .map(s -> s.at().toLocalDate())
        .findFirst()
        .orElse(null);
  }

  /** The comment of the latest return, while the report is returned. */
  public String returnComment() {
    if (state != State.RETURNED) {
      return null;
    }
    return steps.get(steps.size() - 1).comment();
  }

  /** Whether it was first submitted after the deadline (or is not submitted and the day passed). */
  public boolean lateFor(LocalDate deadline, LocalDate today) {
    var first = firstSubmittedOn();
    return first == null ? today.isAfter(deadline) : first.isAfter(deadline);
  }

  /** The last day to submit a month's report: the given day of the next month. */
  public static LocalDate deadline(YearMonth month, int dayOfNextMonth) {
    var next = month.plusMonths(1);
    return next.atDay(Math.min(Math.max(dayOfNextMonth, 1), next.lengthOfMonth()));
  }

  public boolean editable() {
    return state == State.DRAFT || state == State.RETURNED;
  }

  private void requireEditable() {
    if (state == State.ACCEPTED) {
      throw new RefusedException("cellReport.refused.accepted");
    }
    if (state == State.SUBMITTED) {
      throw new RefusedException("cellReport.refused.underReview");
    }
  }

  private void requireSubmitted() {
    if (state != State.SUBMITTED) {
      throw new RefusedException("cellReport.refused.notSubmitted");
    }
  }

  private MonthlyReport next(State to, MonthlyFigures withFigures, Step step) {
    var more = new ArrayList<>(steps);
    more.add(step);
    return new MonthlyReport(
        id, cellId, month, to, problems, proposals, withFigures, more, version);
  }

  private static String clean(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.strip().length() > TEXT_LIMIT) {
      throw RefusedException.forField(field, "cellReport.refused.tooLong", TEXT_LIMIT);
    }
    return text.strip();
  }
}
