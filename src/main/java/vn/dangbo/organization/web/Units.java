package vn.dangbo.organization.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.OrganizationSummaries;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.NotFoundException;

/** Assembles {@link UnitView}s for the home and detail pages. */
@Component
class Units {

  private final Organizations organizations;
  private final OrganizationSummaries summaries;
  private final CommitteeMembers committeeMembers;

  Units(
      Organizations organizations,
      OrganizationSummaries summaries,
      CommitteeMembers committeeMembers) {
    this.organizations = organizations;
    this.summaries = summaries;
    this.committeeMembers = committeeMembers;
  }

  /**
   * The unit on the day, or, when it did not exist then, on its last day (for an ended unit) or its
   * first day (for a unit founded later).
   */
  UnitView of(long id, LocalDate day, OrganizationScope scope) {
    var latest =
        organizations
            .findLatest(id, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    LocalDate shown = day;
    if (!latest.existsOn(day)) {
      shown =
          day.isBefore(latest.existence().from())
              ? latest.existence().from()
              : latest.existence().lastDay();
    }
    var node = organizations.findOn(id, shown, scope).orElse(latest);
    return new UnitView(
        node,
        shown,
        !latest.existence().isOpen() && !day.isBefore(latest.existence().to()),
        organizations.successors(id),
        summaries.of(id, shown, scope),
        organizations.childrenOn(id, shown),
        committeeMembers.assignmentsUnder(id, shown, scope));
  }
}
