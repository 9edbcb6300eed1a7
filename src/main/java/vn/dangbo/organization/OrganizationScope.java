package vn.dangbo.organization;

import java.util.Set;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;

/**
 * What the current user may see and change. Every query of the organisation module takes one, and
 * so do the queries of the modules built on it.
 *
 * @param everything the whole database (system administrator)
 * @param visible ids of organisations the user may see (ignored when {@code everything})
 * @param manageable ids of organisations under which the user may change things
 * @param anchors the user's own units, shown first on the home page
 * @param personalRecords whether the user may read other people's records in the visible units (a
 *     member sees their cell, but not their fellow members' files)
 * @param ownRecord the id of the user's own member record, which they may always read, or null
 */
public record OrganizationScope(
    boolean everything,
    Set<Long> visible,
    Set<Long> manageable,
    Set<Long> anchors,
    boolean personalRecords,
    Long ownRecord) {

  public OrganizationScope {
    visible = Set.copyOf(visible);
    manageable = Set.copyOf(manageable);
    anchors = Set.copyOf(anchors);
  }

  public OrganizationScope(
      boolean everything, Set<Long> visible, Set<Long> manageable, Set<Long> anchors) {
    this(everything, visible, manageable, anchors, true, null);
  }

  /** Sees the units, but no personal records in them except the user's own (may be null). */
  public static OrganizationScope unitsOnly(Set<Long> visible, Set<Long> anchors, Long ownRecord) {
    return new OrganizationScope(false, visible, Set.of(), anchors, false, ownRecord);
  }

  /** Whether the member record is the user's own. */
  public boolean isOwnRecord(long memberId) {
    return ownRecord != null && ownRecord == memberId;
  }

  public static OrganizationScope all() {
    return new OrganizationScope(true, Set.of(), Set.of(), Set.of());
  }

  public static OrganizationScope readOnly(Set<Long> visible, Set<Long> anchors) {
    return new OrganizationScope(false, visible, Set.of(), anchors);
  }

  public boolean canSee(long organizationId) {
    return everything || visible.contains(organizationId);
  }

  public boolean canManage(long organizationId) {
    return everything || manageable.contains(organizationId);
  }

  /**
   * Refuses unless the user may change things under the organisation: not found when they cannot
   * even see it (a guessed id), forbidden when they may only look.
   */
  public void requireManager(long organizationId) {
    if (!canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    if (!canManage(organizationId)) {
      throw new ForbiddenException("organization.forbidden");
    }
  }

  public boolean canManageAnything() {
    return everything || !manageable.isEmpty();
  }

  /** The visible ids as a SQL array parameter; use together with {@link #everything()}. */
  Long[] visibleIds() {
    return visible.toArray(Long[]::new);
  }
}
