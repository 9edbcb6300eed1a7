package vn.dangbo.members;

import java.time.LocalDate;

/** One recorded part of a recognition file. */
public record RecognitionStep(
    long id,
    RecognitionKind kind,
    LocalDate on,
    String decisionNumber,
    String decisionIssuer,
    Integer votesFor,
    Integer voters,
    Boolean passed,
    String certificate,
    String note,
    String enteredBy) {}
