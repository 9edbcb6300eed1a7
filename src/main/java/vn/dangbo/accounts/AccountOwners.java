package vn.dangbo.accounts;

import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.RecordOwners;

/**
 * An account belongs to its organisation, or for a committee member in charge to their committee;
 * an administrator's account to no organisation.
 */
@Component
class AccountOwners implements RecordOwners {

  private final UserAccounts accounts;
  private final CommitteeMembers committeeMembers;

  AccountOwners(UserAccounts accounts, CommitteeMembers committeeMembers) {
    this.accounts = accounts;
    this.committeeMembers = committeeMembers;
  }

  @Override
  public Set<String> segments() {
    return Set.of("accounts");
  }

  @Override
  public Optional<Long> ownerOf(String segment, long id) {
    return accounts
        .findById(id)
        .filter(a -> a.role() != Role.ADMINISTRATOR)
        .flatMap(
            a ->
                a.organizationId() != null
                    ? Optional.of(a.organizationId())
                    : committeeMembers.find(a.committeeMemberId()).map(m -> m.committeeId()));
  }
}
