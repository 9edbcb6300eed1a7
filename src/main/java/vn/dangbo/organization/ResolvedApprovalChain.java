package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * The approval chain that applies to one cell on one day, with each acting organisation's name on
 * that day.
 */
public record ResolvedApprovalChain(
    OrganizationNode cell,
    LocalDate on,
    OrganizationNode configuredOn,
    String legalBasis,
    List<Step> steps) {

  public record Step(ApprovalAction action, OrganizationNode organization) {}

  /** The organisation that issues the admission decision. */
  public OrganizationNode decidingOrganization() {
    return steps.get(steps.size() - 1).organization();
  }
}
