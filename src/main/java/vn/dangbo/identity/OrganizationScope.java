package vn.dangbo.identity;

import java.time.LocalDate;
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
 * @param corrections what the office of an ended organisation may still correct, or null
 */
public record OrganizationScope(
    boolean everything,
    Set<Long> visible,
    Set<Long> manageable,
    Set<Long> anchors,
    boolean personalRecords,
    Long ownRecord,
    Corrections corrections) {

  public OrganizationScope {
    visible = Set.copyOf(visible);
    manageable = Set.copyOf(manageable);
    anchors = Set.copyOf(anchors);
  }

  public OrganizationScope(
      boolean everything, Set<Long> visible, Set<Long> manageable, Set<Long> anchors) {
    this(everything, visible, manageable, anchors, true, null, null);
  }

  /**
   * The office of an organisation that has ended (merged, dissolved) reads and exports its history
   * but writes nothing new; it may only correct records dated before the end, each correction with
   * a reason kept in the audit trail.
   *
   * @param organizations where the records may be corrected
   * @param ended the first day the organisation no longer exists
   */
  public record Corrections(Set<Long> organizations, LocalDate ended) {

    public Corrections {
      organizations = Set.copyOf(organizations);
    }
  }

  /** Sees what it saw, changes nothing, corrects records dated before the end. */
  public static OrganizationScope ended(Set<Long> visible, Set<Long> anchors, LocalDate ended) {
    return new OrganizationScope(
        false, visible, Set.of(), anchors, true, null, new Corrections(visible, ended));
  }

  /** Sees the units, but no personal records in them except the user's own (may be null). */
  public static OrganizationScope unitsOnly(Set<Long> visible, Set<Long> anchors, Long ownRecord) {
    return new OrganizationScope(false, visible, Set.of(), anchors, false, ownRecord, null);
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

  /**
   * The organisation a page was asked for, else the user's first own unit: a page opened without
   * one shows the user's own. Not found for a user without a unit.
   */
  public long orOwnUnit(Long organizationId) {
    return organizationId != null
        ? organizationId
        : anchors.stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
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
      throw new ForbiddenException(
          corrections == null ? "organization.forbidden" : "organization.forbidden.ended");
    }
  }

  /**
   * Whether a record of the organisation dated {@code dated} may be corrected: by whoever manages
   * the organisation, or by the office of an ended organisation for records dated before its end.
   */
  public boolean canCorrect(long organizationId, LocalDate dated) {
    return canManage(organizationId)
        || (corrections != null
            && corrections.organizations().contains(organizationId)
            && dated != null
            && dated.isBefore(corrections.ended()));
  }

  /**
   * Refuses a correction as {@link #requireManager} refuses a change, except for the office of an
   * ended organisation correcting a record dated before its end, which must give a reason.
   */
  public void requireCorrector(long organizationId, LocalDate dated, String reason) {
    if (canManage(organizationId)) {
      return;
    }
    if (!canCorrect(organizationId, dated)) {
      requireManager(organizationId);
      throw new ForbiddenException("organization.forbidden");
    }
    if (reason == null || reason.isBlank()) {
      throw vn.dangbo.shared.RefusedException.forField(
          "reason", "organization.refused.correctionReason");
    }
  }

  /** Whether some records of the organisation may be corrected (their dates aside). */
  public boolean mayCorrectIn(long organizationId) {
    return canManage(organizationId)
        || (corrections != null && corrections.organizations().contains(organizationId));
  }

  /** Whether the user writes nowhere today because their organisation has ended. */
  public boolean hasEnded() {
    return corrections != null;
  }

  public boolean canManageAnything() {
    return everything || !manageable.isEmpty();
  }

  /** The visible ids as a SQL array parameter; use together with {@link #everything()}. */
  public Long[] visibleIds() {
    return visible.toArray(Long[]::new);
  }
}
