package vn.dangbo.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.identity.Role;
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

  /**
   * How many scopes are kept: one per organisation with an office, secretary or member in charge.
   */
  static final int KEPT = 10_000;

  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final FigureCache changes;
  private final Clock clock;

  /** A scope, the organisations it was read from, and the announcements heard before. */
  private record Kept(Computed computed, long mark) {}

  /** What a scope depends on besides the organisations' data: the account's role and anchor. */
  private record Key(Role role, Long anchor, Long committeeMemberId, LocalDate day) {}

  /**
   * Scopes computed before, served again while the database has announced no change to the
   * organisations they were read from (FigureCache hears the announcements; a change of the tree
   * concerns every organisation, a committee member's assignment the cell and everything above it).
   * The key holds the day, so a scope is computed afresh each day, and an organisation that ends
   * today is seen as ended from today.
   */
  private final Map<Key, Kept> kept =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
          return size() > KEPT;
        }
      };

  Scopes(
      Organizations organizations,
      CommitteeMembers committeeMembers,
      FigureCache changes,
      Clock clock) {
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.changes = changes;
    this.clock = clock;
  }

  public OrganizationScope of(UserAccount account) {
    LocalDate today = LocalDate.now(clock);
    return switch (account.role()) {
      case ADMINISTRATOR -> OrganizationScope.all();
      case MEMBER ->
          OrganizationScope.unitsOnly(
              Set.of(account.organizationId()),
              Set.of(account.organizationId()),
              account.memberId());
      default -> {
        var key =
            new Key(account.role(), account.organizationId(), account.committeeMemberId(), today);
        Kept found;
        synchronized (kept) {
          found = kept.get(key);
        }
        if (found != null && changes.unchangedSince(found.mark(), found.computed().watched())) {
          yield found.computed().scope();
        }
        var mark = changes.mark();
        var computed = compute(key);
        if (mark.isPresent()) {
          synchronized (kept) {
            kept.put(key, new Kept(computed, mark.getAsLong()));
          }
        }
        yield computed.scope();
      }
    };
  }

  /** A scope and the organisations whose changes may change it. */
  private record Computed(OrganizationScope scope, Set<Long> watched) {}

  private Computed compute(Key key) {
    Long anchor = key.anchor();
    return switch (key.role()) {
      case COMMITTEE_OFFICE -> {
        var subtree = organizations.everBelowOrSucceededBy(anchor);
        yield new Computed(
            endOf(anchor, key.day())
                .map(ended -> OrganizationScope.ended(subtree, Set.of(anchor), ended))
                .orElseGet(() -> new OrganizationScope(false, subtree, subtree, Set.of(anchor))),
            Set.of(anchor));
      }
      case SUPERIOR_VIEWER ->
          new Computed(
              OrganizationScope.readOnly(
                  organizations.everBelowOrSucceededBy(anchor), Set.of(anchor)),
              Set.of(anchor));
      case CELL_SECRETARY ->
          new Computed(
              endOf(anchor, key.day())
                  .map(ended -> OrganizationScope.ended(Set.of(anchor), Set.of(anchor), ended))
                  .orElseGet(
                      () ->
                          new OrganizationScope(
                              false, Set.of(anchor), Set.of(anchor), Set.of(anchor))),
              Set.of(anchor));
      case COMMITTEE_MEMBER_IN_CHARGE -> {
        // an assignment is announced for its cell and everything above it: the committee
        var cells = committeeMembers.cellsInChargeOf(key.committeeMemberId(), key.day());
        var watched = new HashSet<>(cells);
        committeeMembers
            .find(key.committeeMemberId())
            .ifPresent(member -> watched.add(member.committeeId()));
        yield new Computed(OrganizationScope.readOnly(cells, cells), watched);
      }
      case ADMINISTRATOR, MEMBER -> throw new IllegalArgumentException(key.role().name());
    };
  }

  /** The first day the organisation no longer exists, when that day has come. */
  private Optional<LocalDate> endOf(long organizationId, LocalDate today) {
    return organizations
        .findLatest(organizationId, OrganizationScope.all())
        .filter(node -> !node.existence().isOpen() && !today.isBefore(node.existence().to()))
        .map(node -> node.existence().to());
  }
}
