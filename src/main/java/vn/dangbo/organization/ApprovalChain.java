package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.dangbo.shared.Period;
import vn.dangbo.shared.RefusedException;

/**
 * Who handles an admission after the cell's resolution, for an organisation and everything below
 * it, in force for a period. The chain changed in 2025 when districts were abolished, which is why
 * it is data on the tree and not code: the nearest ancestor with a chain in force on the day of the
 * case decides.
 */
@Table("approval_chain")
public record ApprovalChain(
    @Id Long id,
    long organizationId,
    LocalDate validFrom,
    LocalDate validTo,
    String legalBasis,
    @MappedCollection(idColumn = "approval_chain_id", keyColumn = "position")
        List<ApprovalStep> steps,
    @Version Integer version) {

  public ApprovalChain {
    if (validFrom == null) {
      throw new RefusedException("approvalChain.refused.dateRequired");
    }
    if (legalBasis == null || legalBasis.isBlank()) {
      throw new RefusedException("approvalChain.refused.legalBasisRequired");
    }
    steps = List.copyOf(steps);
    if (steps.isEmpty()
        || steps.get(steps.size() - 1).action() != ApprovalAction.DECISION
        || steps.stream().filter(s -> s.action() == ApprovalAction.DECISION).count() != 1) {
      throw new RefusedException("approvalChain.refused.mustEndWithDecision");
    }
    if (validTo != null && !validTo.isAfter(validFrom)) {
      throw new RefusedException("approvalChain.refused.period");
    }
  }

  public static ApprovalChain from(
      long organizationId, LocalDate validFrom, String legalBasis, List<ApprovalStep> steps) {
    return new ApprovalChain(null, organizationId, validFrom, null, legalBasis, steps, null);
  }

  public Period period() {
    return new Period(validFrom, validTo);
  }

  /** The same chain, no longer in force from the given day. */
  ApprovalChain endingOn(LocalDate day) {
    return new ApprovalChain(id, organizationId, validFrom, day, legalBasis, steps, version);
  }
}
