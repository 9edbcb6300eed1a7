package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Moves between cells, transfers out and in, temporary statuses with their end, and a member's own
 * record: the history says where a member was when, and figures on a past day follow it.
 */
@SpringBootTest
@Transactional
class MemberTransfersTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate TODAY = LocalDate.now();
  private static final DecisionRef LETTER =
      new DecisionRef("45-GGT/ĐU", LocalDate.of(2025, 3, 1), "Đảng ủy xã Tà Xùa");

  @Autowired MemberRegistry registry;

  @Autowired vn.dangbo.members.MemberFactsReader memberFacts;

  @Autowired vn.dangbo.members.StatusDecisions statusDecisions;

  @Autowired vn.dangbo.members.Transfers transfers;
  @Autowired Members members;
  @Autowired MemberStatistics statistics;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void aMemberMovedBetweenCellsCountsInTheOldCellBeforeTheMoveAndTheNewOneAfter() {
    long be = demo.named("Chi bộ bản Bẹ");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    long id = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    LocalDate moved = LocalDate.of(2025, 9, 1);

    transfers.move(id, version(id), hangDong, moved, LETTER, "Đổi nơi ở", ALL, "test");

    assertThat(countedIn(be, moved.minusDays(1)) - countedIn(be, moved)).isEqualTo(1);
    assertThat(countedIn(hangDong, moved) - countedIn(hangDong, moved.minusDays(1))).isEqualTo(1);
    var member = members.find(id, ALL).orElseThrow();
    assertThat(member.record().cellId()).isEqualTo(hangDong);
    assertThat(member.status()).isEqualTo(MemberStatus.OFFICIAL);
    var last = last(id);
    assertThat(last.kind()).isEqualTo(ChangeKind.MOVE);
    assertThat(last.cellId()).isEqualTo(hangDong);
  }

  @Test
  void theCellChangesOnlyThroughAMoveNeverByEditingTheRecord() {
    long be = demo.named("Chi bộ bản Bẹ");
    long id = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    var elsewhere = record("Giàng A Pó", "014090000001", demo.named("Chi bộ bản Háng Đồng"));

    assertThatThrownBy(() -> registry.correct(id, version(id), elsewhere, false, ALL, "test"))
        .hasMessage("member.refused.cellByDecision");
    assertThatThrownBy(() -> transfers.move(id, version(id), be, TODAY, LETTER, null, ALL, "test"))
        .hasMessage("member.refused.sameCell");
  }

  @Test
  void aMoveIsRefusedForAnEndedMemberAndIntoACellTheUserDoesNotManage() {
    long be = demo.named("Chi bộ bản Bẹ");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    long id = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    var secretary = new OrganizationScope(false, Set.of(be), Set.of(be), Set.of(be));

    assertThatThrownBy(
            () -> transfers.move(id, version(id), hangDong, TODAY, LETTER, null, secretary, "x"))
        .isInstanceOf(NotFoundException.class);
    statusDecisions.changeStatus(
        id, version(id), MemberStatus.DECEASED, TODAY, LETTER, "Từ trần", ALL, "test");
    assertThatThrownBy(
            () -> transfers.move(id, version(id), hangDong, TODAY, LETTER, null, ALL, "test"))
        .hasMessage("member.refused.moveEnded");
  }

  @Test
  void aMemberTransferredOutIsReceivedByCitizenIdAndTheSameRecordContinues() {
    long be = demo.named("Chi bộ bản Bẹ");
    long langCheu = demo.named("Chi bộ bản Làng Chếu");
    long id = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    LocalDate left = TODAY.minusDays(10);
    statusDecisions.changeStatus(
        id, version(id), MemberStatus.TRANSFERRED_OUT, left, LETTER, "Chuyển nơi ở", ALL, "test");
    var receiving = new OrganizationScope(false, Set.of(langCheu), Set.of(langCheu), Set.of());

    var awaited = members.awaitingTransfer("014090000001", receiving).orElseThrow();
    long received =
        transfers.receive("014090000001", langCheu, TODAY, LETTER, null, receiving, "bithu");

    assertThat(awaited.fullName()).isEqualTo("Giàng A Pó");
    assertThat(received).isEqualTo(id);
    var member = members.find(id, receiving).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(member.record().cellId()).isEqualTo(langCheu);
    assertThat(members.history(id))
        .extracting(StatusChange::kind)
        .containsExactly(ChangeKind.STATUS, ChangeKind.STATUS, ChangeKind.TRANSFER_IN);
    assertThat(members.awaitingTransfer("014090000001", receiving)).isEmpty();
  }

  @Test
  void aProbationaryMemberStaysOnProbationAfterTheTransfer() {
    long be = demo.named("Chi bộ bản Bẹ");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    var record = record("Vàng Thị Mai", "014090000002", be);
    long id =
        registry.open(
            record, MemberStatus.PROBATIONARY, TODAY.minusMonths(3), LETTER, false, ALL, "test");
    statusDecisions.changeStatus(
        id, version(id), MemberStatus.TRANSFERRED_OUT, TODAY.minusDays(3), LETTER, null, ALL, "t");

    transfers.receive("014090000002", hangDong, TODAY, LETTER, null, ALL, "test");

    assertThat(members.find(id, ALL).orElseThrow().status()).isEqualTo(MemberStatus.PROBATIONARY);
  }

  @Test
  void aLetterPresentedAfterThirtyWorkingDaysNeedsTheReasonForTheDelay() {
    long be = demo.named("Chi bộ bản Bẹ");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    long id = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    statusDecisions.changeStatus(
        id,
        version(id),
        MemberStatus.TRANSFERRED_OUT,
        LocalDate.of(2025, 1, 20),
        LETTER,
        null,
        ALL,
        "test");

    // 30 working days after 20/1/2025, Tết not counted, end on 10/3/2025
    assertThatThrownBy(
            () ->
                transfers.receive(
                    "014090000001", hangDong, LocalDate.of(2025, 3, 11), LETTER, " ", ALL, "t"))
        .isInstanceOf(RefusedException.class)
        .hasMessage("member.refused.lateTransferReason");
    transfers.receive(
        "014090000001", hangDong, LocalDate.of(2025, 3, 11), LETTER, "Ốm nằm viện", ALL, "t");
    assertThat(members.find(id, ALL).orElseThrow().record().cellId()).isEqualTo(hangDong);
  }

  @Test
  void onlySomeoneWhoManagesACellFindsAMemberAwaitingTransferAndOnlyByTheExactId() {
    long be = demo.named("Chi bộ bản Bẹ");
    long id = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    statusDecisions.changeStatus(
        id, version(id), MemberStatus.TRANSFERRED_OUT, TODAY, LETTER, null, ALL, "test");
    var member = OrganizationScope.unitsOnly(Set.of(be), Set.of(be), null);

    assertThat(members.awaitingTransfer("014090000001", member)).isEmpty();
    assertThat(members.awaitingTransfer("01409000000", ALL)).isEmpty();
    assertThatThrownBy(
            () -> transfers.receive("014090000009", be, TODAY, LETTER, null, ALL, "test"))
        .hasMessage("member.refused.noTransferAwaited");
  }

  @Test
  void aMemberFromOutsideDangboStartsTheirHistoryWithTheTransferIn() {
    var record = record("Lò Văn Khánh", "014090000003", demo.named("Chi bộ bản Bẹ"));

    long id =
        registry.open(
            record,
            MemberStatus.OFFICIAL,
            TODAY,
            LETTER,
            ChangeKind.TRANSFER_IN,
            false,
            ALL,
            "test");

    assertThat(last(id).kind()).isEqualTo(ChangeKind.TRANSFER_IN);
  }

  @Test
  void aTemporaryAttachmentKeepsItsEndDayAndTheFactsSayWhenItIsOverdue() {
    long id =
        open("Giàng A Pó", "014090000001", demo.named("Chi bộ bản Bẹ"), LocalDate.of(2020, 1, 1));
    LocalDate from = LocalDate.of(2025, 9, 5);

    assertThatThrownBy(
            () ->
                statusDecisions.changeStatus(
                    id,
                    version(id),
                    MemberStatus.EXPELLED,
                    from,
                    from.plusMonths(3),
                    LETTER,
                    null,
                    ALL,
                    "test"))
        .hasMessage("member.refused.until");
    assertThatThrownBy(
            () ->
                statusDecisions.changeStatus(
                    id,
                    version(id),
                    MemberStatus.ATTACHED_ELSEWHERE,
                    from,
                    from,
                    LETTER,
                    null,
                    ALL,
                    "test"))
        .hasMessage("member.refused.until");
    for (var until : new LocalDate[] {from.plusMonths(2), from.plusMonths(25)}) {
      assertThatThrownBy(
              () ->
                  statusDecisions.changeStatus(
                      id,
                      version(id),
                      MemberStatus.ATTACHED_ELSEWHERE,
                      from,
                      until,
                      LETTER,
                      null,
                      ALL,
                      "test"))
          .isInstanceOfSatisfying(
              RefusedException.class, e -> assertThat(e.rule()).startsWith("temporaryAttachment."));
    }
    statusDecisions.changeStatus(
        id,
        version(id),
        MemberStatus.ATTACHED_ELSEWHERE,
        from,
        LocalDate.of(2026, 6, 30),
        LETTER,
        "Học lớp trung cấp lý luận chính trị",
        ALL,
        "test");

    var member = members.find(id, ALL).orElseThrow();
    var during = memberFacts.facts(member, LocalDate.of(2026, 3, 1));
    var after = memberFacts.facts(member, LocalDate.of(2026, 7, 1));
    assertThat(during.temporaryUntil()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(during.temporaryOverdue()).isFalse();
    assertThat(after.temporaryOverdue()).isTrue();
    assertThat(during.countedInCellTotal()).isTrue();
  }

  @Test
  void aMemberReadsTheirOwnRecordAndNoOther() {
    long be = demo.named("Chi bộ bản Bẹ");
    long own = open("Giàng A Pó", "014090000001", be, LocalDate.of(2020, 1, 1));
    long other = open("Giàng A Chư", "014090000004", be, LocalDate.of(2020, 1, 1));
    var scope = OrganizationScope.unitsOnly(Set.of(be), Set.of(be), own);

    assertThat(members.find(own, scope)).isPresent();
    assertThat(members.find(other, scope)).isEmpty();
    assertThat(members.list(MemberQuery.all(), scope).members()).isEmpty();
  }

  private long countedIn(long cell, LocalDate on) {
    return statistics.of(List.of(cell), on).total();
  }

  private StatusChange last(long id) {
    var history = members.history(id);
    return history.get(history.size() - 1);
  }

  private int version(long id) {
    return members.find(id, ALL).orElseThrow().version();
  }

  private long open(String name, String citizenId, long cell, LocalDate since) {
    return registry.open(
        record(name, citizenId, cell), MemberStatus.OFFICIAL, since, LETTER, false, ALL, "test");
  }

  private static MemberRecord record(String name, String citizenId, long cell) {
    return new MemberRecord(
        name,
        null,
        Sex.MALE,
        LocalDate.of(1990, 4, 5),
        null,
        null,
        null,
        8,
        null,
        null,
        null,
        null,
        null,
        null,
        citizenId,
        null,
        null,
        null,
        cell,
        null,
        LocalDate.of(2015, 5, 19),
        LocalDate.of(2015, 5, 30),
        false,
        false,
        false,
        false);
  }
}
