package vn.dangbo.development;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.DecisionRef;

/**
 * One step as a user records it, with the evidence the step needs: a resolution or decision, the
 * votes in favour, the certificate number, the mentor, the introducers, the written consent for a
 * person over the age limit (or the superior's agreement to a late ceremony), a note or reason;
 * {@code confirmedNotDuplicate} lets the ceremony open the member's record although a member with
 * the same name and birth date exists (the user checked it is another person).
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
    String consentNumber,
    String note,
    boolean confirmedNotDuplicate) {

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
        consentNumber,
        note,
        false);
  }

  public static StepRequest of(StepKind kind, LocalDate on) {
    return new StepRequest(kind, on, null, null, null, null, null, null, false, null, null);
  }
}
