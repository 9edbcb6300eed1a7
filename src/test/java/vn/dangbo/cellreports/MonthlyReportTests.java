package vn.dangbo.cellreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The states of a monthly report and its deadline. */
class MonthlyReportTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final MonthlyFigures FIGURES =
      new MonthlyFigures(1, 1, 0, 90, 1, 2, 1, 0, 0, 0, 3, 20, 200_000, 180_000, 1);

  @Test
  void draftSubmittedReturnedResubmittedAccepted() {
    var draft = MonthlyReport.draft(5, NOVEMBER, TODAY).written(" Đường sạt lở ", null);
    assertThat(draft.state()).isEqualTo(MonthlyReport.State.DRAFT);
    assertThat(draft.problems()).isEqualTo("Đường sạt lở");

    var submitted = draft.submitted(FIGURES, at(3), "bithu");
    assertThat(submitted.state()).isEqualTo(MonthlyReport.State.SUBMITTED);
    assertThat(submitted.figures()).isEqualTo(FIGURES);
    assertThat(submitted.firstSubmittedOn()).isEqualTo(LocalDate.of(2026, 12, 3));

    var returned = submitted.returned(" Thiếu đề xuất ", at(4), "vanphong");
    assertThat(returned.state()).isEqualTo(MonthlyReport.State.RETURNED);
    assertThat(returned.returnComment()).isEqualTo("Thiếu đề xuất");

    var corrected =
        returned.written("Đường sạt lở", "Sửa đường").submitted(FIGURES, at(6), "bithu");
    var accepted = corrected.accepted(at(7), "vanphong");
    assertThat(accepted.state()).isEqualTo(MonthlyReport.State.ACCEPTED);
    assertThat(accepted.steps())
        .extracting(MonthlyReport.Step::action)
        .containsExactly(
            MonthlyReport.Action.SUBMITTED,
            MonthlyReport.Action.RETURNED,
            MonthlyReport.Action.RESUBMITTED,
            MonthlyReport.Action.ACCEPTED);
    assertThat(accepted.firstSubmittedOn())
        .as("the first submission counts")
        .isEqualTo(at(3).toLocalDate());
    assertThat(accepted.returnComment()).isNull();
  }

  @Test
  void noEditAfterAcceptanceNorWhileUnderReview() {
    var submitted = MonthlyReport.draft(5, NOVEMBER, TODAY).submitted(FIGURES, at(3), "b");
    assertThatThrownBy(() -> submitted.written("x", null))
        .hasMessage("cellReport.refused.underReview");
    assertThatThrownBy(() -> submitted.submitted(FIGURES, at(4), "b"))
        .hasMessage("cellReport.refused.underReview");
    var accepted = submitted.accepted(at(4), "v");
    assertThatThrownBy(() -> accepted.written("x", null)).hasMessage("cellReport.refused.accepted");
    assertThatThrownBy(() -> accepted.submitted(FIGURES, at(5), "b"))
        .hasMessage("cellReport.refused.accepted");
    assertThatThrownBy(() -> accepted.returned("sửa", at(5), "v"))
        .hasMessage("cellReport.refused.notSubmitted");
    assertThatThrownBy(() -> accepted.accepted(at(5), "v"))
        .hasMessage("cellReport.refused.notSubmitted");
  }

  @Test
  void aReturnSaysWhatToCorrectAndOnlyASubmittedReportIsReviewed() {
    var draft = MonthlyReport.draft(5, NOVEMBER, TODAY);
    assertThatThrownBy(() -> draft.accepted(at(3), "v"))
        .hasMessage("cellReport.refused.notSubmitted");
    var submitted = draft.submitted(FIGURES, at(3), "b");
    assertThatThrownBy(() -> submitted.returned("  ", at(4), "v"))
        .hasMessage("cellReport.refused.commentRequired");
    assertThatThrownBy(() -> submitted.returned("x".repeat(1001), at(4), "v"))
        .hasMessage("cellReport.refused.tooLong");
    assertThatThrownBy(() -> draft.written("x".repeat(4001), null))
        .hasMessage("cellReport.refused.tooLong");
  }

  @Test
  void aMonthToComeHasNoReport() {
    assertThatThrownBy(() -> MonthlyReport.draft(5, YearMonth.of(2027, 1), TODAY))
        .hasMessage("cellReport.refused.futureMonth");
    assertThat(MonthlyReport.draft(5, YearMonth.of(2026, 12), TODAY).state())
        .isEqualTo(MonthlyReport.State.DRAFT);
  }

  @ParameterizedTest(name = "{0}, day {1}: {2}")
  @CsvSource({"2026-11, 5, 2026-12-05", "2026-01, 31, 2026-02-28", "2026-12, 5, 2027-01-05"})
  void theDeadlineIsTheDayOfTheNextMonth(YearMonth month, int day, LocalDate deadline) {
    assertThat(MonthlyReport.deadline(month, day)).isEqualTo(deadline);
  }

  @Test
  void lateIsTheFirstSubmissionAfterTheDeadlineOrNoneOnceItPassed() {
    var deadline = LocalDate.of(2026, 12, 5);
    var draft = MonthlyReport.draft(5, NOVEMBER, TODAY);
    assertThat(draft.lateFor(deadline, LocalDate.of(2026, 12, 5))).isFalse();
    assertThat(draft.lateFor(deadline, LocalDate.of(2026, 12, 6))).isTrue();
    assertThat(draft.submitted(FIGURES, at(5), "b").lateFor(deadline, TODAY)).isFalse();
    assertThat(draft.submitted(FIGURES, at(6), "b").lateFor(deadline, TODAY)).isTrue();
  }

  @Test
  void figuresOfCellsAddUpWithTheMeanAttendanceOfThoseThatMet() {
    var none = new MonthlyFigures(0, 0, 0, null, 0, 0, 0, 0, 0, 0, 1, 5, 50_000, 0, 2);
    var sum = MonthlyFigures.sum(java.util.List.of(FIGURES, FIGURES, none));
    assertThat(sum.meetings()).isEqualTo(2);
    assertThat(sum.attendancePercent()).isEqualTo(90);
    assertThat(sum.duesDue()).isEqualTo(450_000);
    assertThat(sum.duesBehind()).isEqualTo(4);
    assertThat(MonthlyFigures.sum(java.util.List.of()).attendancePercent()).isNull();
  }

  private static OffsetDateTime at(int day) {
    return OffsetDateTime.of(2026, 12, day, 9, 0, 0, 0, ZoneOffset.ofHours(7));
  }
}
