package vn.dangbo.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.shared.Period;
import vn.dangbo.shared.RefusedException;

/** The arithmetic of a term: its end, when its congress falls due, its committee inside it. */
class PartyTermTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final LocalDate CONGRESS = LocalDate.of(2025, 7, 29);
  private static final List<PartyTerm.Elected> COMMITTEE =
      List.of(
          new PartyTerm.Elected("Vàng A Chua", CommitteePosition.SECRETARY),
          new PartyTerm.Elected("Giàng A Sử", CommitteePosition.DEPUTY_SECRETARY),
          new PartyTerm.Elected("Mùa A Páo", CommitteePosition.MEMBER));

  @ParameterizedTest(name = "{0} + {1} months ends on {2}")
  @CsvSource({
    "2025-07-29, 60, 2030-07-29",
    "2022-04-11, 30, 2024-10-11",
    "2025-08-31, 30, 2028-02-29",
    "2023-08-31, 30, 2026-02-28"
  })
  void aTermEndsItsLengthAfterItsCongressOnTheSameDayOfTheMonthOrTheMonthsLast(
      LocalDate congress, int months, LocalDate end) {
    assertThat(term(congress, months).endsOn()).isEqualTo(end);
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2030-01-28, RUNNING",
    "2030-01-29, CONGRESS_DUE",
    "2030-07-28, CONGRESS_DUE",
    "2030-07-29, OVERDUE"
  })
  void theCongressFallsDueSixMonthsBeforeTheEndAndIsOverdueFromTheEnd(
      LocalDate today, PartyTerm.Standing standing) {
    assertThat(term(CONGRESS, 60).standing(today, 6)).isEqualTo(standing);
  }

  @Test
  void theNextCongressClosesTheTermAndEndsEverySeatStillHeld() {
    var closed = term(CONGRESS, 60).closedBy(LocalDate.of(2030, 7, 20));

    assertThat(closed.standing(LocalDate.of(2031, 1, 1), 6)).isEqualTo(PartyTerm.Standing.CLOSED);
    assertThat(closed.seats())
        .allSatisfy(
            s -> {
              assertThat(s.period().to()).isEqualTo(LocalDate.of(2030, 7, 20));
              assertThat(s.leftReason()).isEqualTo(TermSeat.LeftReason.TERM_ENDED);
            });
    assertThatThrownBy(() -> closed.closedBy(LocalDate.of(2031, 1, 1)))
        .hasMessage("term.refused.closed");
    assertThatThrownBy(() -> term(CONGRESS, 60).closedBy(CONGRESS))
        .hasMessage("term.refused.beforeCurrent");
  }

  @Test
  void aByElectionIsInsideTheTermAndNotInTheFuture() {
    var term = withIds(term(CONGRESS, 60));
    var lu = new PartyTerm.Elected("Sồng A Lử", CommitteePosition.MEMBER);

    var grown = term.byElected(lu, LocalDate.of(2026, 3, 1), TODAY);
    assertThat(grown.committeeOn(LocalDate.of(2026, 2, 28))).hasSize(3);
    assertThat(grown.committeeOn(LocalDate.of(2026, 3, 1)))
        .extracting(TermSeat::fullName, TermSeat::joined)
        .contains(org.assertj.core.groups.Tuple.tuple("Sồng A Lử", TermSeat.Joined.BY_ELECTED));

    assertThatThrownBy(() -> term.byElected(lu, CONGRESS.minusDays(1), TODAY))
        .hasMessage("term.refused.outside");
    assertThatThrownBy(() -> term.byElected(lu, TODAY.plusDays(1), TODAY))
        .hasMessage("term.refused.future");
    var closed = term.closedBy(LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> closed.byElected(lu, LocalDate.of(2026, 6, 1), TODAY))
        .as("the day the next term began belongs to it")
        .hasMessage("term.refused.outside");
    assertThatThrownBy(
            () ->
                term.byElected(
                    new PartyTerm.Elected("giàng a sử", CommitteePosition.MEMBER), TODAY, TODAY))
        .hasMessage("term.refused.twice");
  }

  @Test
  void aNewSecretaryIsByElectedOnlyOnceTheFormerHasLeft() {
    var term = withIds(term(CONGRESS, 60));
    var hong = new PartyTerm.Elected("Nguyễn Xuân Hồng", CommitteePosition.SECRETARY);
    assertThatThrownBy(() -> term.byElected(hong, LocalDate.of(2026, 5, 1), TODAY))
        .hasMessage("term.refused.secretaryHeld");

    var left = term.left(1, LocalDate.of(2026, 4, 1), TermSeat.LeftReason.MOVED, TODAY);
    var after = left.byElected(hong, LocalDate.of(2026, 5, 1), TODAY);

    assertThat(after.secretaryOn(LocalDate.of(2026, 3, 31))).isEqualTo("Vàng A Chua");
    assertThat(after.secretaryOn(LocalDate.of(2026, 4, 15))).isNull();
    assertThat(after.secretaryOn(LocalDate.of(2026, 5, 1))).isEqualTo("Nguyễn Xuân Hồng");
    assertThatThrownBy(
            () -> left.left(1, LocalDate.of(2026, 5, 1), TermSeat.LeftReason.RESIGNED, TODAY))
        .as("once")
        .hasMessage("committeeMember.refused.cannotEnd");
    assertThatThrownBy(() -> term.left(2, CONGRESS, TermSeat.LeftReason.RESIGNED, TODAY))
        .as("not on the day they came")
        .hasMessage("committeeMember.refused.cannotEnd");
    assertThatThrownBy(
            () -> term.left(2, LocalDate.of(2026, 1, 1), TermSeat.LeftReason.TERM_ENDED, TODAY))
        .as("the term ends by a congress")
        .hasMessage("term.refused.incomplete");
  }

  @Test
  void aCommitteeHasExactlyOneSecretaryAndNobodyTwice() {
    assertThatThrownBy(
            () ->
                PartyTerm.begin(
                    1,
                    CONGRESS,
                    60,
                    PartyTerm.Origin.CONGRESS,
                    false,
                    null,
                    List.of(new PartyTerm.Elected("Mùa A Páo", CommitteePosition.MEMBER)),
                    TODAY))
        .hasMessage("term.refused.oneSecretary");
    assertThatThrownBy(
            () ->
                PartyTerm.begin(
                    1,
                    CONGRESS,
                    60,
                    PartyTerm.Origin.CONGRESS,
                    false,
                    null,
                    List.of(
                        new PartyTerm.Elected("Mùa A Páo", CommitteePosition.SECRETARY),
                        new PartyTerm.Elected(" Mùa A Páo ", CommitteePosition.MEMBER)),
                    TODAY))
        .isInstanceOf(RefusedException.class)
        .hasMessage("term.refused.twice");
    assertThatThrownBy(() -> term(TODAY.plusDays(1), 60)).hasMessage("term.refused.future");
    assertThatThrownBy(
            () ->
                PartyTerm.begin(
                    1, CONGRESS, 60, PartyTerm.Origin.CONGRESS, false, null, List.of(), TODAY))
        .hasMessage("term.refused.incomplete");
  }

  @Test
  void anAppointedCommitteeIsAppointed() {
    var appointed =
        PartyTerm.begin(1, CONGRESS, 60, PartyTerm.Origin.APPOINTED, false, " ", COMMITTEE, TODAY);
    assertThat(appointed.seats())
        .extracting(TermSeat::joined)
        .containsOnly(TermSeat.Joined.APPOINTED);
    assertThat(appointed.note()).isNull();
  }

  @Test
  void preparationStepsAreDueTheirMonthsBeforeTheEnd() {
    var term = term(CONGRESS, 60);
    assertThat(term.dueOf(new PreparationStep("PLAN", "Kế hoạch", 6, "", true)))
        .isEqualTo(LocalDate.of(2030, 1, 29));
    assertThat(term.dueOf(new PreparationStep("CONGRESS", "Đại hội", 0, "", true)))
        .isEqualTo(LocalDate.of(2030, 7, 29));
  }

  private static PartyTerm term(LocalDate on, int months) {
    return PartyTerm.begin(1, on, months, PartyTerm.Origin.CONGRESS, false, null, COMMITTEE, TODAY);
  }

  /** The term as loaded: its seats numbered 1, 2, 3. */
  private static PartyTerm withIds(PartyTerm term) {
    var seats =
        java.util.stream.IntStream.range(0, term.seats().size())
            .mapToObj(
                i -> {
                  var s = term.seats().get(i);
                  return new TermSeat(
                      i + 1, s.fullName(), s.position(), s.period(), s.joined(), null);
                })
            .toList();
    return new PartyTerm(
        7,
        term.organizationId(),
        term.begunOn(),
        term.endsOn(),
        term.origin(),
        false,
        null,
        null,
        seats,
        0);
  }

  @Test
  void aSeatHoldsFromItsFirstDayToTheDayBeforeItEnds() {
    var seat =
        new TermSeat(
            1,
            "A",
            CommitteePosition.MEMBER,
            new Period(CONGRESS, LocalDate.of(2026, 1, 1)),
            TermSeat.Joined.ELECTED,
            TermSeat.LeftReason.RESIGNED);
    assertThat(seat.holdsOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(seat.holdsOn(LocalDate.of(2026, 1, 1))).isFalse();
  }
}
