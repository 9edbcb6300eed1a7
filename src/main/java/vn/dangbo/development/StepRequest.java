package vn.dangbo.development;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.DecisionRef;

/**
 * One step as a user records it, with the evidence the step needs: a resolution or decision, the
 * votes in favour, the certificate number, the mentor, the introducers, the written consent for a
 * person over the age limit (or the superior's agreement to a late ceremony), a note or reason;
 * {@code confirmedNotDuplicate} lets the ceremony open the member's record although a member with
 * the same name and birth date exists (the user checked it is another person); a dossier may be
 * introduced by a Youth Union or a trade-union resolution besides one member; {@code meetingId}
 * names the cell meeting whose resolution the step is (its minutes then list it).
 */
public record StepRequest(
    StepKind kind,
    LocalDate on,
    DecisionRef decision,
    Integer votesFor,
    Integer votesAgainst,
    String certificate,
    Long mentorId,
    List<Introducer> introducers,
    boolean youthUnionResolution,
    boolean tradeUnionResolution,
    String consentNumber,
    String note,
    boolean confirmedNotDuplicate,
    Long meetingId) {

  public StepRequest {
    introducers = introducers == null ? List.of() : List.copyOf(introducers);
  }

  public StepRequest(
      StepKind kind,
      LocalDate on,
      DecisionRef decision,
      Integer votesFor,
      Integer votesAgainst,
      String certificate,
      Long mentorId,
      List<Introducer> introducers,
      boolean youthUnionResolution,
      String consentNumber,
      String note) {
    this(
        kind,
        on,
        decision,
        votesFor,
        votesAgainst,
        certificate,
        mentorId,
        introducers,
        youthUnionResolution,
        false,
        consentNumber,
        note,
        false,
        null);
  }

  public static StepRequest of(StepKind kind, LocalDate on) {
    return new StepRequest(kind, on, null, null, null, null, null, null, false, null, null);
  }

  /** A step whose evidence is a note: the introducing organisation, the reason for leaving. */
  public static StepRequest noted(StepKind kind, LocalDate on, String note) {
    return new StepRequest(kind, on, null, null, null, null, null, null, false, null, note);
  }

  /** A step whose evidence is a resolution or decision. */
  public static StepRequest decided(StepKind kind, LocalDate on, DecisionRef decision) {
    return new StepRequest(kind, on, decision, null, null, null, null, null, false, null, null);
  }

  /** A vote of the cell or the committee, with its resolution and the votes in favour. */
  public static StepRequest vote(
      StepKind kind, LocalDate on, DecisionRef resolution, int votesFor) {
    return new StepRequest(
        kind, on, resolution, votesFor, null, null, null, null, false, null, null);
  }

  /** The cell's resolution putting the person on the sympathiser list, with their mentor. */
  public static StepRequest sympathiser(LocalDate on, DecisionRef resolution, long mentorId) {
    return new StepRequest(
        StepKind.SYMPATHISER, on, resolution, null, null, null, mentorId, null, false, null, null);
  }

  /** The course passed, with the certificate and who issued it. */
  public static StepRequest course(LocalDate on, String certificate, String issuer) {
    return new StepRequest(
        StepKind.COURSE_PASSED,
        on,
        new DecisionRef(null, null, issuer),
        null,
        null,
        certificate,
        null,
        null,
        false,
        null,
        null);
  }

  /** The dossier, with its introducers and whether a Youth Union resolution introduces too. */
  public static StepRequest dossier(
      LocalDate on, List<Introducer> introducers, boolean youthUnionResolution) {
    return new StepRequest(
        StepKind.DOSSIER,
        on,
        null,
        null,
        null,
        null,
        null,
        introducers,
        youthUnionResolution,
        null,
        null);
  }

  /** The introducers after one who moved away, left or was disciplined is replaced, and why. */
  public static StepRequest introducersReplaced(
      LocalDate on, List<Introducer> introducers, String reason) {
    return new StepRequest(
        StepKind.INTRODUCER_REPLACED,
        on,
        null,
        null,
        null,
        null,
        null,
        introducers,
        false,
        null,
        reason);
  }

  /** The ceremony; {@code confirmedNotDuplicate} as above. */
  public static StepRequest ceremony(LocalDate on, boolean confirmedNotDuplicate) {
    return new StepRequest(
        StepKind.CEREMONY,
        on,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        false,
        null,
        null,
        confirmedNotDuplicate,
        null);
  }
}
