package vn.dangbo.development;

import java.util.EnumSet;
import java.util.Set;

/** The steps a candidate goes through, each from some stages to one. */
public enum StepKind {
  /** The record is opened (as a source or as an outstanding mass already introduced). */
  OPENED(EnumSet.noneOf(Stage.class), null),
  /** A mass organisation introduces the person as an outstanding mass. */
  INTRODUCED(EnumSet.of(Stage.SOURCE), Stage.OUTSTANDING),
  /** The cell's resolution puts the person on the sympathiser list and assigns a mentor. */
  SYMPATHISER(EnumSet.of(Stage.OUTSTANDING), Stage.SYMPATHISER),
  /** The awareness course is passed, with its certificate. */
  COURSE_PASSED(EnumSet.of(Stage.SYMPATHISER), Stage.COURSE_PASSED),
  /** The dossier is complete: application, background check, introducers, comments. */
  DOSSIER(EnumSet.of(Stage.COURSE_PASSED), Stage.DOSSIER),
  /** The cell votes on the admission (stays in the dossier stage when the vote fails). */
  CELL_VOTE(EnumSet.of(Stage.DOSSIER), Stage.CELL_RESOLVED),
  /**
   * The cell replaces an introducer who moved away, left or was disciplined after the dossier was
   * made; the dossier stays as it was, the new introducer needs no months with the person.
   */
  INTRODUCER_REPLACED(EnumSet.of(Stage.DOSSIER), Stage.DOSSIER),
  /** The grassroots committee votes (stays when the vote fails). */
  COMMITTEE_VOTE(EnumSet.of(Stage.CELL_RESOLVED), Stage.COMMITTEE_RESOLVED),
  /** The competent committee decides the admission. */
  DECISION(EnumSet.of(Stage.CELL_RESOLVED, Stage.COMMITTEE_RESOLVED), Stage.DECIDED),
  /** The cell holds the ceremony: the person becomes a probationary member. */
  CEREMONY(EnumSet.of(Stage.DECIDED), Stage.ADMITTED),
  /** The person leaves the pipeline, with the reason. */
  LEFT(EnumSet.complementOf(EnumSet.of(Stage.ADMITTED, Stage.LEFT)), Stage.LEFT);

  private final Set<Stage> from;
  private final Stage to;

  StepKind(Set<Stage> from, Stage to) {
    this.from = from;
    this.to = to;
  }

  public boolean allowedFrom(Stage stage) {
    return from.contains(stage);
  }

  public Stage to() {
    return to;
  }

  /** Whether the step is a vote that may fail and leave the stage as it was. */
  public boolean isVote() {
    return this == CELL_VOTE || this == COMMITTEE_VOTE;
  }
}
