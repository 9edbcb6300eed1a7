package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.List;
import vn.dangbo.shared.DecisionRef;

/** The tree changed: which operation, from which day, touching which organisations, by whom. */
public record OrganizationsReorganized(
    long reorganizationId,
    ReorganizationKind kind,
    LocalDate effectiveOn,
    List<Long> organizationIds,
    DecisionRef decision,
    String performedBy) {}
