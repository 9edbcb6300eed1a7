package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSet;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/**
 * A member's status decisions and moves as the aggregate judges them, with no Spring and no
 * database: the rule values are this test's own (12 months of probation, an attachment of 3 to 24
 * months), the member was admitted at a ceremony on 10/01/2025, and today is 01/06/2026.
 */
class MemberTransitionsTests {

  private static final LocalDate CEREMONY = LocalDate.of(2025, 1, 10);
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final LocalDate FROM = LocalDate.of(1930, 2, 3);
  private static final RuleSet RULES =
      RuleSet.of(
          List.of(
              rule(RuleKey.PROBATION_MONTHS, "12"),
              rule(RuleKey.TEMPORARY_ATTACHMENT_MIN_MONTHS, "3"),
              rule(RuleKey.TEMPORARY_ATTACHMENT_MAX_MONTHS, "24")));
  private static final DecisionRef DECIDED = new DecisionRef("15-QĐ/ĐU", null, "Đảng ủy xã");

  @ParameterizedTest(name = "{0} -> {1} on {2} (until {3}, last change {4}): {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        // from, to, on, until, last change, refusal or "effective day / official day"
        "PROBATIONARY, OFFICIAL, 2026-01-10, -, 2025-01-10, 2026-01-10 / 2026-01-10",
        // a late decision still makes the member official from the end of probation
        "PROBATIONARY, OFFICIAL, 2026-03-02, -, 2025-01-10, 2026-01-10 / 2026-01-10",
        // ...unless something was recorded after that end (a move while waiting)
        "PROBATIONARY, OFFICIAL, 2026-03-02, -, 2026-02-01, 2026-03-02 / 2026-01-10",
        "PROBATIONARY, OFFICIAL, 2026-01-09, -, 2025-01-10, member.refused.probationNotOver",
        "PROBATIONARY, EXEMPTED, 2026-01-10, -, 2025-01-10, member.refused.transition",
        "PROBATIONARY, EXPELLED, 2026-01-10, -, 2025-01-10, member.refused.transition",
        "OFFICIAL, PROBATIONARY, 2026-01-10, -, 2025-01-10, member.refused.transition",
        "DECEASED, OFFICIAL, 2026-01-10, -, 2025-01-10, member.refused.transition",
        "TRANSFERRED_OUT, OFFICIAL, 2026-01-10, -, 2025-01-10, member.refused.transition",
        "REMOVED, PROBATIONARY, 2026-01-10, -, 2025-01-10, 2026-01-10 / -",
        "OFFICIAL, EXEMPTED, 2026-05-01, -, 2026-01-10, 2026-05-01 / -",
        "OFFICIAL, DECEASED, 2026-05-01, -, 2026-01-10, 2026-05-01 / -",
        // dated before the last change, or in the future
        "OFFICIAL, EXEMPTED, 2026-01-09, -, 2026-01-10, member.refused.statusDateOrder",
        "OFFICIAL, EXEMPTED, 2026-06-02, -, 2026-01-10, member.refused.statusDateOrder",
        "OFFICIAL, EXEMPTED, 1930-02-02, -, -, date.refused.beforeParty",
        // an end day only for a temporary status, and after the start
        "OFFICIAL, EXEMPTED, 2026-05-01, 2026-12-01, 2026-01-10, member.refused.until",
        "OFFICIAL, TEMPORARILY_EXEMPTED, 2026-05-01, 2026-05-01, 2026-01-10, member.refused.until",
        "OFFICIAL, TEMPORARILY_EXEMPTED, 2026-05-01, 2026-12-01, 2026-01-10, 2026-05-01 / -",
        // attached elsewhere for 3 to 24 months
        "OFFICIAL, ATTACHED_ELSEWHERE, 2026-05-01, 2026-08-01, 2026-01-10, 2026-05-01 / -",
        "OFFICIAL, ATTACHED_ELSEWHERE, 2026-05-01, 2026-07-31, 2026-01-10, member.refused.attachmentShort",
        "OFFICIAL, ATTACHED_ELSEWHERE, 2026-05-01, 2028-05-01, 2026-01-10, 2026-05-01 / -",
        "OFFICIAL, ATTACHED_ELSEWHERE, 2026-05-01, 2028-05-02, 2026-01-10, member.refused.attachmentLong",
        "ATTACHED_ELSEWHERE, OFFICIAL, 2026-05-01, -, 2026-01-10, 2026-05-01 / -",
        "ATTACHED_HERE, OFFICIAL, 2026-05-01, -, 2026-01-10, member.refused.transition"
      })
  void decidesAStatusChange(
      MemberStatus from,
      MemberStatus to,
      LocalDate on,
      LocalDate until,
      LocalDate lastChange,
      String expected) {
    var member = member(from);
    var decision = new StatusDecision(to, on, until, DECIDED, null);

    if (expected.contains(".refused.")) {
      var refusal =
          catchThrowableOfType(
              RefusedException.class, () -> member.change(decision, lastChange, TODAY, RULES));
      assertThat(refusal).isNotNull();
      assertThat(refusal.messageCode()).isEqualTo(expected);
    } else {
      var change = member.change(decision, lastChange, TODAY, RULES);
      String[] days = expected.split(" / ");
      assertThat(change.entry().from()).isEqualTo(from);
      assertThat(change.entry().to()).isEqualTo(to);
      assertThat(change.entry().on()).isEqualTo(LocalDate.parse(days[0]));
      assertThat(change.officialDate())
          .isEqualTo(days[1].equals("-") ? officialDate(from) : LocalDate.parse(days[1]));
      assertThat(change.entry().until()).isEqualTo(until);
    }
  }

  @Test
  void aLateRecognitionKeepsTheDayOfItsDecision() {
    var change =
        member(MemberStatus.PROBATIONARY)
            .change(
                new StatusDecision(
                    MemberStatus.OFFICIAL, LocalDate.of(2026, 3, 2), null, DECIDED, null),
                CEREMONY,
                TODAY,
                RULES);

    assertThat(change.entry().on()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(change.entry().decision().date()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void aRecognitionNamesTheProbationRuleAndItsEnd() {
    var refusal =
        catchThrowableOfType(
            RefusedException.class,
            () ->
                member(MemberStatus.PROBATIONARY)
                    .change(
                        new StatusDecision(
                            MemberStatus.OFFICIAL, LocalDate.of(2025, 12, 1), null, DECIDED, null),
                        CEREMONY,
                        TODAY,
                        RULES));

    assertThat(refusal.arguments())
        .containsExactly(LocalDate.of(2026, 1, 10), 12, "Giá trị của phép thử");
  }

  @ParameterizedTest(name = "{0} to cell {1} on {2}: {3}")
  @CsvSource({
    "OFFICIAL, 11, 2026-05-01, ok",
    "PROBATIONARY, 11, 2026-05-01, ok",
    "EXEMPTED, 11, 2026-05-01, ok",
    "OFFICIAL, 10, 2026-05-01, member.refused.sameCell",
    "TRANSFERRED_OUT, 11, 2026-05-01, member.refused.moveEnded",
    "DECEASED, 11, 2026-05-01, member.refused.moveEnded",
    "OFFICIAL, 11, 2026-01-09, member.refused.statusDateOrder",
    "OFFICIAL, 11, 2026-06-02, member.refused.statusDateOrder"
  })
  void movesToAnotherCellKeepingTheStatus(
      MemberStatus status, long cell, LocalDate on, String expected) {
    var member = member(status);
    LocalDate last = LocalDate.of(2026, 1, 10);

    if (expected.equals("ok")) {
      var entry = member.moveTo(cell, on, DECIDED, null, last, TODAY);
      assertThat(entry.kind()).isEqualTo(ChangeKind.MOVE);
      assertThat(entry.cellId()).isEqualTo(cell);
      assertThat(entry.from()).isEqualTo(status);
      assertThat(entry.to()).isEqualTo(status);
    } else {
      var refusal =
          catchThrowableOfType(
              RefusedException.class, () -> member.moveTo(cell, on, DECIDED, null, last, TODAY));
      assertThat(refusal.messageCode()).isEqualTo(expected);
    }
  }

  private static Member member(MemberStatus status) {
    return new Member(
        7,
        MemberFixtures.admittedAt("Lò Thị Hoa", 10, CEREMONY),
        "Mông",
        "Chi bộ bản Chếu",
        status,
        CEREMONY,
        officialDate(status),
        3);
  }

  private static LocalDate officialDate(MemberStatus status) {
    return status == MemberStatus.PROBATIONARY ? null : LocalDate.of(2026, 1, 10);
  }

  private static Rule rule(RuleKey key, String value) {
    return new Rule(key, FROM, value, "Giá trị của phép thử", false);
  }
}
