package vn.dangbo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.dues.DuesDecisions;
import vn.dangbo.dues.DuesLedger;
import vn.dangbo.dues.DuesPayments;
import vn.dangbo.dues.DuesRemittances;
import vn.dangbo.dues.MonthStatus;
import vn.dangbo.dues.PaymentMethod;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.StatusDecisions;
import vn.dangbo.shared.DecisionRef;

/**
 * A year of dues for the demo commune: the commune's minimum-wage region, and every member's months
 * paid up to last month (some on the public service portal, one by a relative), except in the Làng
 * Chếu village cell, where one member is three months behind, one two months, one pays half by a
 * decision for six months, and one works away and paid his months in advance; the cells' and the
 * commune's remittances up to two and three months ago.
 */
@Component
@Profile("demo")
class DemoDues {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final YearMonth LEDGER_START = YearMonth.of(2026, 2);

  private final DuesPayments payments;
  private final DuesDecisions decisions;
  private final DuesLedger ledger;
  private final DuesRemittances remittances;
  private final StatusDecisions statusDecisions;
  private final Members members;
  private final MemberStatistics statistics;
  private final Clock clock;

  DemoDues(
      DuesPayments payments,
      DuesDecisions decisions,
      DuesLedger ledger,
      DuesRemittances remittances,
      StatusDecisions statusDecisions,
      Members members,
      MemberStatistics statistics,
      Clock clock) {
    this.payments = payments;
    this.decisions = decisions;
    this.ledger = ledger;
    this.remittances = remittances;
    this.statusDecisions = statusDecisions;
    this.members = members;
    this.statistics = statistics;
    this.clock = clock;
  }

  void load(long commune, Map<String, Long> cells) {
    decisions.setRegion(
        commune,
        LocalDate.of(2026, 1, 1),
        4,
        "Nghị định 293/2025/NĐ-CP, phụ lục danh mục địa bàn: xã thuộc vùng IV (chưa đối chiếu)",
        true,
        ALL);
    LocalDate today = LocalDate.now(clock);
    YearMonth last = YearMonth.from(today).minusMonths(1);
    YearMonth first =
        last.minusMonths(11).isBefore(LEDGER_START) ? LEDGER_START : last.minusMonths(11);
    if (last.isBefore(first)) {
      return;
    }
    long village = cells.get("Chi bộ bản Làng Chếu");
    var special =
        statistics.membersOn(village, today).stream()
            .filter(m -> m.status() == MemberStatus.OFFICIAL)
            .map(MemberStatistics.OnDay::memberId)
            .limit(5)
            .toList();
    if (special.size() == 5) {
      workAway(special.get(3), first, last, today);
      decisions.relieve(
          special.get(2),
          new DuesDecisions.ReliefRequest(
              50,
              first,
              first.plusMonths(5),
              "07-QĐ/ĐU",
              first.atDay(1).minusDays(5),
              "Ban Thường vụ Đảng ủy xã Tà Xùa",
              "Nhà bị sạt lở đất, đang dựng lại"),
          ALL,
          DemoCommune.BY);
    }
    int serial = 0;
    for (long cell : cells.values()) {
      for (var member : statistics.membersOn(cell, today)) {
        int behind =
            special.size() == 5 && member.memberId() == special.get(0)
                ? 3
                : special.size() == 5 && member.memberId() == special.get(1) ? 2 : 0;
        serial = payUpTo(member.memberId(), first, last.minusMonths(behind), serial);
      }
    }
    remitUpTo(commune, first, last.minusMonths(1));
  }

  /**
   * The cells remit what they owe for every month to {@code last} early in the next month; the
   * commune remits its share a month later (so last month's and the month before's are still owed).
   */
  private void remitUpTo(long commune, YearMonth first, YearMonth last) {
    for (var month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      var sheet = remittances.sheet(commune, month, ALL);
      for (var line : sheet.cells()) {
        remit(line, month, month.plusMonths(1).atDay(5));
      }
      if (sheet.own() != null && month.isBefore(last)) {
        remit(sheet.own(), month, month.plusMonths(2).atDay(10));
      }
    }
  }

  private void remit(DuesRemittances.Line line, YearMonth month, LocalDate on) {
    long owes = line.remittance().outstanding();
    if (owes > 0) {
      remittances.remit(
          line.organizationId(),
          new DuesRemittances.RemittanceRequest(
              month, owes, on, "PT-" + month + "-" + line.organizationId()),
          ALL,
          DemoCommune.BY);
    }
  }

  /** Pays every month that is owed from first to last (a few on the portal, one by a relative). */
  private int payUpTo(long memberId, YearMonth first, YearMonth last, int serial) {
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      var ledgerYear = ledger.year(memberId, year, ALL);
      var requests = new ArrayList<DuesPayments.PaymentRequest>();
      for (var month : ledgerYear.months()) {
        if (month.month().isBefore(first)
            || month.month().isAfter(last)
            || month.due() <= month.paid()
            || month.status() == MonthStatus.EXEMPT) {
          continue;
        }
        serial++;
        boolean portal = serial % 4 == 0;
        LocalDate paidOn = month.month().atDay(10 + serial % 15);
        requests.add(
            new DuesPayments.PaymentRequest(
                month.month(),
                null,
                portal ? PaymentMethod.PORTAL : PaymentMethod.CASH,
                portal ? String.format("DVC-%d-%06d", month.month().getYear(), serial) : null,
                serial % 29 == 0 ? "Người nhà đóng thay" : null,
                paidOn));
      }
      if (!requests.isEmpty()) {
        payments.payMonths(memberId, year, requests, ALL, DemoCommune.BY);
      }
    }
    return serial;
  }

  /**
   * A young member went to work in a factory in the lowlands four months ago, for eight months: the
   * cell exempted him from meetings for the time, and his wife paid his months in advance.
   */
  private void workAway(long memberId, YearMonth first, YearMonth last, LocalDate today) {
    YearMonth left = last.minusMonths(3).isBefore(first) ? first : last.minusMonths(3);
    LocalDate on = left.atDay(1);
    if (members.history(memberId).stream().anyMatch(c -> c.effectiveOn().isAfter(on))) {
      return;
    }
    statusDecisions.changeStatus(
        memberId,
        members.find(memberId, ALL).orElseThrow().version(),
        MemberStatus.TEMPORARILY_EXEMPTED,
        on,
        on.plusMonths(8).minusDays(1),
        new DecisionRef("15-QĐ/CB", on.minusDays(3), "Chi bộ bản Làng Chếu"),
        "Đi làm công nhân ở Bắc Ninh",
        ALL,
        DemoCommune.BY);
    var ahead = new ArrayList<DuesPayments.PaymentRequest>();
    for (var month = left; !month.isAfter(left.plusMonths(5)); month = month.plusMonths(1)) {
      if (month.getYear() == left.getYear()) {
        ahead.add(
            new DuesPayments.PaymentRequest(
                month, null, PaymentMethod.CASH, null, "Vợ đóng thay", on.minusDays(2)));
      }
    }
    if (!today.isBefore(on)) {
      payments.payMonths(memberId, left.getYear(), List.copyOf(ahead), ALL, DemoCommune.BY);
    }
  }
}
