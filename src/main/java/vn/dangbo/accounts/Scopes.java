package vn.dangbo.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;

/**
 * Turns an account into what it may see and change. A committee office or superior viewer sees
 * everything that was ever below its organisation or that its organisation succeeded (so the new Tà
 * Xùa office sees the records of Làng Chếu); a committee member sees the cells they are in charge
 * of today; a secretary or member sees their own cell. The office or secretary of an organisation
 * that has ended reads what it read before and changes nothing but corrections of old records.
 */
@Service
public class Scopes {

  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  Scopes(Organizations organizations, CommitteeMembers committeeMembers, Clock clock) {
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  public OrganizationScope of(UserAccount account) {
    Long anchor = account.organizationId();
    return switch (account.role()) {
      case ADMINISTRATOR -> OrganizationScope.all();
      case COMMITTEE_OFFICE -> {
        var subtree = organizations.everBelowOrSucceededBy(anchor);
        yield endOf(anchor)
            .map(ended -> OrganizationScope.ended(subtree, Set.of(anchor), ended))
            .orElseGet(() -> new OrganizationScope(false, subtree, subtree, Set.of(anchor)));
      }
      case SUPERIOR_VIEWER ->
          OrganizationScope.readOnly(organizations.everBelowOrSucceededBy(anchor), Set.of(anchor));
      case CELL_SECRETARY ->
          endOf(anchor)
              .map(ended -> OrganizationScope.ended(Set.of(anchor), Set.of(anchor), ended))
              .orElseGet(
                  () ->
                      new OrganizationScope(false, Set.of(anchor), Set.of(anchor), Set.of(anchor)));
      case MEMBER ->
          OrganizationScope.unitsOnly(Set.of(anchor), Set.of(anchor), account.memberId());
      case COMMITTEE_MEMBER_IN_CHARGE -> {
        var cells =
            committeeMembers.cellsInChargeOf(account.committeeMemberId(), LocalDate.now(clock));
        yield OrganizationScope.readOnly(cells, cells);
      }
    };
  }

  /** The first day the organisation no longer exists, when that day has come. */
  private Optional<LocalDate> endOf(long organizationId) {
    LocalDate today = LocalDate.now(clock);
    return organizations
        .findLatest(organizationId, OrganizationScope.all())
        .filter(node -> !node.existence().isOpen() && !today.isBefore(node.existence().to()))
        .map(node -> node.existence().to());
  }
}
