package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Members moving between cells: within the committee (chuyển sinh hoạt nội bộ), and received from
 * elsewhere with their transfer letter; their account follows them.
 */
@Service
public class Transfers {

  private final MemberRepository repository;
  private final Members members;
  private final MemberHistory memberHistory;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Transfers(
      MemberRepository repository,
      Members members,
      MemberHistory memberHistory,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.members = members;
    this.memberHistory = memberHistory;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Moves a member to another cell under the same committee (chuyển sinh hoạt nội bộ) from a day,
   * on a decision; the status stays, the history says where the member was when. The user must
   * manage both cells.
   */
  @Transactional
  public void move(
      long id,
      int version,
      Long toCellId,
      LocalDate on,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    var member =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(member.record().cellId());
    if (toCellId == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    memberHistory.requireCell(toCellId, scope);
    var entry =
        member.moveTo(
            toCellId, on, decision, reason, memberHistory.lastChangeOn(id), LocalDate.now(clock));
    placeIn(id, version, toCellId, member.status(), member.statusSince(), on);
    memberHistory.record(entry, by);
  }

  /**
   * Receives a member transferred out of another cell (tiếp nhận đảng viên chuyển đến), found by
   * the citizen ID on the introduction letter: the same record continues in the receiving cell, as
   * a probationary member if they left on probation and as an official member otherwise. When the
   * letter is presented later than the rules allow, the reason must be recorded.
   */
  @Transactional
  public long receive(
      String citizenId,
      Long toCellId,
      LocalDate on,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    var awaited =
        members
            .awaitingTransfer(citizenId, scope)
            .orElseThrow(() -> new RefusedException("member.refused.noTransferAwaited"));
    if (toCellId == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    memberHistory.requireCell(toCellId, scope);
    long id = awaited.memberId();
    memberHistory.requireDateInOrder(id, on);
    Member.requireShort(reason);
    var history = members.history(id);
    var left = history.get(history.size() - 1);
    LocalDate presentBy = memberHistory.transferPresentBy(left.effectiveOn());
    if (on.isAfter(presentBy) && (reason == null || reason.isBlank())) {
      throw new RefusedException("member.refused.lateTransferReason", presentBy);
    }
    MemberStatus arriving =
        left.from() == MemberStatus.PROBATIONARY
            ? MemberStatus.PROBATIONARY
            : MemberStatus.OFFICIAL;
    placeIn(id, awaited.version(), toCellId, arriving, on, on);
    memberHistory.record(
        new MemberHistory.Entry(
            id,
            ChangeKind.TRANSFER_IN,
            toCellId,
            MemberStatus.TRANSFERRED_OUT,
            arriving,
            on,
            null,
            decision,
            reason),
        by);
    return id;
  }

  /** Puts the member in the cell with the status from a day, and says so ({@link MemberPlaced}). */
  private void placeIn(
      long id, int version, long cellId, MemberStatus status, LocalDate statusSince, LocalDate on) {
    repository.savePlacement(id, version, cellId, status, statusSince);
    events.publishEvent(new MemberPlaced(id, cellId, on));
  }
}
