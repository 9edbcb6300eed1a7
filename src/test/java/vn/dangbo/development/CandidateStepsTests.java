package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangbo.members.Sex;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSet;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/**
 * The candidate's steps as the aggregate judges them, with no Spring and no database: the order of
 * the stages, the days, the votes against the share, the committee before the decision, the
 * ceremony's deadline and a former member's consent. The rule values are this test's own (two
 * thirds, 30 working days, the provincial consent required from 01/07/2025); the cell has 9
 * official members and the committee 7; every day counts as a working day; today is 01/06/2026.
 */
class CandidateStepsTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final LocalDate LAST_STEP = LocalDate.of(2026, 3, 2);
  private static final LocalDate FROM = LocalDate.of(1930, 2, 3);
  private static final RuleSet RULES =
      RuleSet.of(
          List.of(
              rule(RuleKey.CELL_VOTE_SHARE, FROM, "2/3"),
              rule(RuleKey.COMMITTEE_VOTE_SHARE, FROM, "2/3"),
              rule(RuleKey.ADMISSION_CEREMONY_WORKING_DAYS, FROM, "30"),
              rule(RuleKey.READMISSION_PROVINCIAL_CONSENT, FROM, "0"),
              rule(RuleKey.READMISSION_PROVINCIAL_CONSENT, LocalDate.of(2025, 7, 1), "1")));

  @ParameterizedTest(name = "{1} from {0}: {2}")
  @CsvSource({
    "SOURCE, INTRODUCED, OUTSTANDING",
    "OUTSTANDING, SYMPATHISER, SYMPATHISER",
    "SYMPATHISER, COURSE_PASSED, COURSE_PASSED",
    "CELL_RESOLVED, COMMITTEE_VOTE, COMMITTEE_RESOLVED",
    "COMMITTEE_RESOLVED, DECISION, DECIDED",
    "SYMPATHISER, LEFT, LEFT",
    "SOURCE, LEFT, LEFT",
    "DECIDED, LEFT, LEFT",
    "SOURCE, SYMPATHISER, development.refused.order",
    "SOURCE, COURSE_PASSED, development.refused.order",
    "OUTSTANDING, DOSSIER, development.refused.order",
    "SYMPATHISER, CELL_VOTE, development.refused.order",
    "DOSSIER, COMMITTEE_VOTE, development.refused.order",
    "DOSSIER, DECISION, development.refused.order",
    "CELL_RESOLVED, CEREMONY, development.refused.order",
    "ADMITTED, LEFT, development.refused.order",
    "LEFT, INTRODUCED, development.refused.order",
    "SOURCE, OPENED, development.refused.order"
  })
  void followsTheStagesInOrder(Stage from, StepKind kind, String expected) {
    var candidate = candidate(from, null);

    assertThat(outcome(() -> candidate.take(step(kind, TODAY, 7), facts(true))))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2026-03-02, SYMPATHISER", // the day of the last step
    "2026-03-01, development.refused.dateOrder",
    "2026-06-02, development.refused.dateOrder", // tomorrow
    "1930-02-02, date.refused.beforeParty"
  })
  void isDatedBetweenTheLastStepAndToday(LocalDate on, String expected) {
    var candidate = candidate(Stage.OUTSTANDING, null);

    assertThat(outcome(() -> candidate.take(step(StepKind.SYMPATHISER, on, 0), facts(true))))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} of 7 for: {1}")
  @CsvSource({
    "7, COMMITTEE_RESOLVED",
    "5, COMMITTEE_RESOLVED", // 5/7 reaches two thirds
    "4, CELL_RESOLVED", // 4/7 does not: recorded, the stage stays
    "8, development.refused.votes",
    "-1, development.refused.votes"
  })
  void countsTheCommitteeVoteAgainstTheShare(int votesFor, String expected) {
    var candidate = candidate(Stage.CELL_RESOLVED, null);

    assertThat(
            outcome(
                () -> candidate.take(step(StepKind.COMMITTEE_VOTE, TODAY, votesFor), facts(true))))
        .isEqualTo(expected);
  }

  @Test
  void aVoteThatFailsKeepsTheStageAndItsDay() {
    var transition =
        candidate(Stage.CELL_RESOLVED, null)
            .take(step(StepKind.COMMITTEE_VOTE, TODAY, 4), facts(true));

    assertThat(transition.passed()).isFalse();
    assertThat(transition.voters()).isEqualTo(7);
    assertThat(transition.stageSince()).isEqualTo(LAST_STEP);
  }

  @Test
  void theDecisionWaitsForTheCommitteeWhereTheChainHasOne() {
    var candidate = candidate(Stage.CELL_RESOLVED, null);

    assertThat(outcome(() -> candidate.take(step(StepKind.DECISION, TODAY, 0), facts(true))))
        .isEqualTo("development.refused.committeeFirst");
    assertThat(outcome(() -> candidate.take(step(StepKind.DECISION, TODAY, 0), facts(false))))
        .isEqualTo("DECIDED");
  }

  @ParameterizedTest(name = "decided {0}, consent {1}: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2025-06-30, -, DECIDED", // before the consent was required
        "2025-07-01, -, development.refused.readmissionConsent",
        "2025-07-01, 45-CV/TU, DECIDED"
      })
  void aFormerMemberNeedsTheProvincialConsentWhereRequired(
      LocalDate on, String consent, String expected) {
    var former =
        new FormerMembership(
            LocalDate.of(2019, 1, 1), FormerMembership.ExitReason.REMOVED, null, 0, consent);
    var candidate = candidate(Stage.COMMITTEE_RESOLVED, former, LocalDate.of(2025, 6, 1));

    assertThat(outcome(() -> candidate.take(step(StepKind.DECISION, on, 0), facts(true))))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "ceremony {0}, consent {1}: {2}")
  @CsvSource(
      nullValues = "-",
      value = {
        "2026-04-01, -, ADMITTED", // 30 days after the decision
        "2026-04-02, -, development.refused.ceremonyLate",
        "2026-04-02, 12-CV/ĐU, ADMITTED"
      })
  void theCeremonyFollowsTheDecisionWithinItsDays(LocalDate on, String consent, String expected) {
    var decided =
        new Step(
            1,
            StepKind.DECISION,
            Stage.COMMITTEE_RESOLVED,
            Stage.DECIDED,
            LAST_STEP,
            10,
            new DecisionRef("20-QĐ/ĐU", LAST_STEP, null),
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            false,
            false,
            null,
            null,
            null,
            null);
    var candidate = candidate(Stage.DECIDED, null, LAST_STEP, List.of(decided));
    var ceremony =
        new StepRequest(
            StepKind.CEREMONY, on, null, null, null, null, null, List.of(), false, consent, null);

    assertThat(outcome(() -> candidate.take(ceremony, facts(true)))).isEqualTo(expected);
  }

  @Test
  void aResolutionInAMeetingIsAnEventForItsMinutes() {
    var step =
        new StepRequest(
            StepKind.SYMPATHISER,
            TODAY,
            new DecisionRef("3-NQ/CB", TODAY, null),
            null,
            null,
            null,
            4L,
            List.of(),
            false,
            false,
            null,
            null,
            false,
            55L);

    var transition = candidate(Stage.OUTSTANDING, null).take(step, facts(true));

    assertThat(transition.events())
        .singleElement()
        .isInstanceOfSatisfying(
            ResolutionTaken.class,
            r -> {
              assertThat(r.meetingId()).isEqualTo(55);
              assertThat(r.text()).contains("Lò Thị Hoa", "cảm tình Đảng");
            });
    var course =
        new StepRequest(
            StepKind.COURSE_PASSED,
            TODAY,
            null,
            null,
            null,
            "GCN 12",
            null,
            List.of(),
            false,
            false,
            null,
            null,
            false,
            55L);
    assertThat(outcome(() -> candidate(Stage.SYMPATHISER, null).take(course, facts(true))))
        .isEqualTo("development.refused.meetingStep");
  }

  /** The stage the step leads to, or the code of its refusal. */
  private static String outcome(java.util.function.Supplier<Candidate.Transition> step) {
    try {
      return step.get().to().name();
    } catch (RefusedException refused) {
      return refused.messageCode();
    }
  }

  private static StepRequest step(StepKind kind, LocalDate on, int votesFor) {
    return new StepRequest(
        kind,
        on,
        new DecisionRef("1-NQ/CB", on, null),
        votesFor,
        null,
        "GCN 12",
        4L,
        List.of(),
        false,
        null,
        "Đoàn Thanh niên giới thiệu");
  }

  private static Candidate candidate(Stage stage, FormerMembership former) {
    return candidate(stage, former, LAST_STEP);
  }

  private static Candidate candidate(Stage stage, FormerMembership former, LocalDate since) {
    return candidate(stage, former, since, List.of());
  }

  private static Candidate candidate(
      Stage stage, FormerMembership former, LocalDate since, List<Step> steps) {
    var person =
        CandidateFixtures.person("Lò Thị Hoa", Sex.FEMALE)
            .born(LocalDate.of(2000, 1, 1))
            .grade(12)
            .occupation(null)
            .cell(10L)
            .stage(stage)
            .build();
    return new Candidate(
        7, person, "Mông", "Chi bộ bản Chếu", stage, since, null, former, 3, steps);
  }

  private static StepFacts facts(boolean committeeFirst) {
    return new StepFacts() {
      @Override
      public LocalDate today() {
        return TODAY;
      }

      @Override
      public RuleSource rules() {
        return RULES;
      }

      @Override
      public EligibilityPolicies policies() {
        return EligibilityPolicies.of(RULES, (member, day) -> Optional.empty());
      }

      @Override
      public void requireCellOn(LocalDate day) {}

      @Override
      public void requireMentor(StepRequest step) {}

      @Override
      public void requireIntroducers(StepRequest step) {}

      @Override
      public int officialMembers(LocalDate day) {
        return 9;
      }

      @Override
      public int committeeMembers(LocalDate day) {
        return 7;
      }

      @Override
      public boolean committeeVotesBeforeDecision(LocalDate day) {
        return committeeFirst;
      }

      @Override
      public LocalDate workingDaysAfter(LocalDate day, int days) {
        return day.plusDays(days);
      }
    };
  }

  private static Rule rule(RuleKey key, LocalDate from, String value) {
    return new Rule(key, from, value, "Giá trị của phép thử", false);
  }
}
