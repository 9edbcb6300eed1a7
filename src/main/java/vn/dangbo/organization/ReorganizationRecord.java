package vn.dangbo.organization;

import java.time.Instant;
import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

/** One recorded change of the tree: what, from which day, on which decision, entered by whom. */
public record ReorganizationRecord(
    long id,
    ReorganizationKind kind,
    LocalDate effectiveOn,
    DecisionRef decision,
    String performedBy,
    Instant performedAt) {}
