package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Finds and configures who decides admissions for a cell. */
@Service
public class ApprovalRouting {

  private final ApprovalChains chains;
  private final Organizations organizations;

  ApprovalRouting(ApprovalChains chains, Organizations organizations) {
    this.chains = chains;
    this.organizations = organizations;
  }

  /**
   * The chain in force for the cell on the day: the one configured on the cell itself or on its
   * nearest ancestor (as the tree was on that day).
   */
  @Transactional(readOnly = true)
  public Optional<ResolvedApprovalChain> forCell(
      long cellId, LocalDate on, OrganizationScope scope) {
    var cell =
        organizations
            .findOn(cellId, on, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    List<Long> path = organizations.selfAndAncestorsOn(cellId, on);
    var candidates = chains.findByOrganizationIdIn(path);
    return path.stream()
        .flatMap(
            id ->
                candidates.stream()
                    .filter(c -> c.organizationId() == id && c.period().contains(on))
                    .max(Comparator.comparing(ApprovalChain::validFrom))
                    .stream())
        .findFirst()
        .map(chain -> resolve(cell, on, chain));
  }

  /** The chains configured on one organisation, oldest first. */
  @Transactional(readOnly = true)
  public List<ApprovalChain> configuredOn(long organizationId, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    return chains.findByOrganizationIdOrderByValidFrom(organizationId);
  }

  /**
   * Puts a new chain in force on the organisation from its first day; the chain in force before
   * ends that day.
   */
  @Transactional
  public ApprovalChain configure(ApprovalChain chain, OrganizationScope scope) {
    long owner = chain.organizationId();
    scope.requireManager(owner);
    organizations
        .findOn(owner, chain.validFrom())
        .orElseThrow(
            () -> new RefusedException("organization.refused.notExistingOn", chain.validFrom()));
    for (var step : chain.steps()) {
      organizations
          .findOn(step.organizationId(), chain.validFrom())
          .orElseThrow(
              () -> new RefusedException("approvalChain.refused.stepMissing", chain.validFrom()));
    }
    for (var existing : chains.findByOrganizationIdOrderByValidFrom(owner)) {
      if (!existing.validFrom().isBefore(chain.validFrom())) {
        throw new RefusedException("approvalChain.refused.beforeLast", existing.validFrom());
      }
      if (existing.period().contains(chain.validFrom())) {
        chains.save(existing.endingOn(chain.validFrom()));
      }
    }
    return chains.save(chain);
  }

  private ResolvedApprovalChain resolve(OrganizationNode cell, LocalDate on, ApprovalChain chain) {
    var steps =
        chain.steps().stream()
            .map(
                s ->
                    new ResolvedApprovalChain.Step(
                        s.action(),
                        organizations
                            .findOn(s.organizationId(), on)
                            .or(() -> organizations.findLatest(s.organizationId()))
                            .orElseThrow()))
            .toList();
    var owner = organizations.findOn(chain.organizationId(), on).orElseThrow();
    return new ResolvedApprovalChain(cell, on, owner, chain.legalBasis(), steps);
  }
}
