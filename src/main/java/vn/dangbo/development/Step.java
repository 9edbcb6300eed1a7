package vn.dangbo.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.DecisionRef;

/** A recorded step of a candidate, with what it changed and its evidence. */
public record Step(
    long id,
    StepKind kind,
    Stage from,
    Stage to,
    LocalDate on,
    long cellId,
    DecisionRef decision,
    Integer votesFor,
    Integer votesAgainst,
    Integer voters,
    Boolean passed,
    String certificate,
    Long mentorId,
    List<Introducer> introducers,
    boolean youthUnionResolution,
    boolean tradeUnionResolution,
    String consentNumber,
    String note,
    String enteredBy,
    Instant enteredAt) {}
