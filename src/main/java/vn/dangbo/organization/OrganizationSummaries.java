package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.EnumMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;

/** Computes the summary of an organisation on a day, from the tree and places as they were. */
@Service
public class OrganizationSummaries {

  private final Organizations organizations;
  private final Places places;

  OrganizationSummaries(Organizations organizations, Places places) {
    this.organizations = organizations;
    this.places = places;
  }

  @Transactional(readOnly = true)
  public OrganizationSummary of(long id, LocalDate on, OrganizationScope scope) {
    var organization =
        organizations
            .findOn(id, on, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFoundOnDate"));
    var below = organizations.descendantsOn(id, on);
    var byType = new EnumMap<CellType, Integer>(CellType.class);
    int partial = 0;
    for (var node : below) {
      if (node.isCell()) {
        byType.merge(node.cellType(), 1, Integer::sum);
      } else if (node.kind() == OrganizationKind.PARTIAL_COMMITTEE) {
        partial++;
      }
    }
    if (organization.isCell()) {
      byType.merge(organization.cellType(), 1, Integer::sum);
    }
    int cells = byType.values().stream().mapToInt(Integer::intValue).sum();
    return new OrganizationSummary(
        organization, on, cells, byType, partial, new Coverage(places.of(id, on, scope)));
  }
}
