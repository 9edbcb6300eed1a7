package vn.dangbo.development;

import java.time.LocalDate;
import vn.dangbo.rules.RuleSource;

/**
 * What a candidate's step needs to know beyond the candidate: today, the rules, who may vote, and
 * whether the people a step names exist. The service answers from the database and the signed-in
 * user's scope (the methods that name an office check that the user manages it); a test answers
 * from values.
 */
interface StepFacts {

  LocalDate today();

  RuleSource rules();

  /** The admission checks, over the rules and the members' placements. */
  EligibilityPolicies policies();

  /** Refuses a day on which the candidate's cell did not exist. */
  void requireCellOn(LocalDate day);

  /**
   * Refuses a mentor who is not named, not known to the user, or not official on the step's day.
   */
  void requireMentor(StepRequest step);

  /** Refuses introducers who are missing, named twice or not known to the user. */
  void requireIntroducers(StepRequest step);

  /** The cell's official members on the day: those who vote on an admission. */
  int officialMembers(LocalDate day);

  /**
   * The members of the committee that votes after the cell on the day; refused when the cell's
   * approval chain has no committee vote or the committee has no members.
   */
  int committeeMembers(LocalDate day);

  /** Whether the committee votes before the admission decision, in the cell's chain on the day. */
  boolean committeeVotesBeforeDecision(LocalDate day);

  /** The working day that many working days after the day. */
  LocalDate workingDaysAfter(LocalDate day, int days);
}
