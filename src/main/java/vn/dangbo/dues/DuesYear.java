package vn.dangbo.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.PartyAge;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.RefusedException;

/**
 * A member's dues for a calendar year, month by month: the aggregate a payment acts on. Each month
 * is judged on its first day: where the member was, what they pay from (their basis), whether they
 * are exempt (50 years of party age, the social pension allowance, a decision) or reduced, and what
 * was paid. A month that has ended with nothing paid is unpaid, unless the member was temporarily
 * exempted from meetings to work far away (they may pay late); the count of unpaid months warns the
 * secretary and, at the rules' number, lets the cell propose removal.
 */
public record DuesYear(
    long memberId,
    String fullName,
    int year,
    List<Month> months,
    int unpaidMonths,
    int alertAt,
    int removalAt) {

  /** One month of the ledger; {@code cellId} is the cell the member was in on its first day. */
  public record Month(
      YearMonth month,
      Long cellId,
      long due,
      long paid,
      MonthStatus status,
      String note,
      List<Payment> payments) {}

  /** The secretary is warned: as many months unpaid as the rules' alert. */
  public boolean alert() {
    return unpaidMonths >= alertAt;
  }

  /** The cell may propose removal (xóa tên): as many months unpaid as the rules say. */
  public boolean removalDue() {
    return unpaidMonths >= removalAt;
  }

  public Month month(YearMonth month) {
    return months.get(month.getMonthValue() - 1);
  }

  /** What decides the amounts besides the member: the records, the rules, the minimum wages. */
  interface MinimumWages {
    /** The regional minimum wage of the cell on the day. */
    long of(long cellId, LocalDate day);
  }

  /** The year of the member's ledger, judged as of today. */
  static DuesYear of(
      DuesMember member,
      int year,
      List<DuesBasis> bases,
      List<Relief> reliefs,
      List<Payment> payments,
      MinimumWages wages,
      RuleSource rules,
      LocalDate today) {
    var sortedBases = bases.stream().sorted(Comparator.comparing(DuesBasis::from)).toList();
    var byMonth = new java.util.HashMap<YearMonth, List<Payment>>();
    payments.forEach(p -> byMonth.computeIfAbsent(p.month(), k -> new ArrayList<>()).add(p));
    var months = new ArrayList<Month>();
    int unpaid = 0;
    for (int m = 1; m <= 12; m++) {
      var month = YearMonth.of(year, m);
      var paidThen = List.copyOf(byMonth.getOrDefault(month, List.of()));
      var judged =
          judge(member, month, sortedBases, reliefs, paidThen, wages, rules, YearMonth.from(today));
      if (judged.status() == MonthStatus.UNPAID) {
        unpaid++;
      }
      months.add(judged);
    }
    LocalDate lastDay = YearMonth.of(year, 12).atEndOfMonth();
    LocalDate asOf = today.isBefore(lastDay) ? today : lastDay;
    int alertAt = at(rules, asOf, RuleKey.DUES_UNPAID_ALERT_MONTHS);
    int removalAt = at(rules, asOf, RuleKey.DUES_UNPAID_REMOVAL_MONTHS);
    return new DuesYear(
        member.id(), member.fullName(), year, List.copyOf(months), unpaid, alertAt, removalAt);
  }

  private static Month judge(
      DuesMember member,
      YearMonth month,
      List<DuesBasis> bases,
      List<Relief> reliefs,
      List<Payment> payments,
      MinimumWages wages,
      RuleSource rules,
      YearMonth current) {
    LocalDate day = month.atDay(1);
    long paid = payments.stream().mapToLong(Payment::amount).sum();
    var entry = member.on(day);
    if (entry == null || entry.to().ended()) {
      return new Month(month, null, 0, paid, MonthStatus.NOT_A_MEMBER, null, payments);
    }
    Long cell = entry.cellId();
    if (!inLedger(day, rules)) {
      return new Month(month, cell, 0, paid, MonthStatus.BEFORE_LEDGER, null, payments);
    }
    if (entry.to() == MemberStatus.ATTACHED_ELSEWHERE) {
      return new Month(month, cell, 0, paid, MonthStatus.PAID_ELSEWHERE, null, payments);
    }
    var basis = basisOn(bases, month);
    if (basis.kind() == IncomeKind.SOCIAL_PENSION) {
      return new Month(month, cell, 0, paid, MonthStatus.EXEMPT, "socialPension", payments);
    }
    int exemptYears = rules.at(day, RuleKey.DUES_EXEMPT_PARTY_AGE_YEARS).asInt();
    if (member.admissionDecision() != null
        && PartyAge.of(member.admissionDecision(), member.history(), day).years() >= exemptYears) {
      return new Month(month, cell, 0, paid, MonthStatus.EXEMPT, "partyAge", payments);
    }
    var relief = reliefs.stream().filter(r -> r.covers(month)).findFirst().orElse(null);
    if (relief != null && relief.percent() >= 100) {
      return new Month(month, cell, 0, paid, MonthStatus.EXEMPT, relief.decisionNumber(), payments);
    }
    long due =
        DuesRates.reduced(
            basis,
            member.sex(),
            member.birthDate(),
            day,
            basis.kind() == IncomeKind.OTHER ? wages.of(cell, day) : 0,
            relief == null ? 0 : relief.percent(),
            rules);
    String note = relief == null ? null : relief.decisionNumber();
    MonthStatus status;
    if (paid >= due && paid > 0) {
      status = MonthStatus.PAID;
    } else if (paid > 0) {
      status = MonthStatus.PARTLY_PAID;
    } else if (month.isAfter(current)) {
      status = MonthStatus.FUTURE;
    } else if (month.equals(current)) {
      status = MonthStatus.DUE;
    } else if (entry.to() == MemberStatus.TEMPORARILY_EXEMPTED) {
      status = MonthStatus.DEFERRED;
    } else {
      status = MonthStatus.UNPAID;
    }
    return new Month(month, cell, due, paid, status, note, payments);
  }

  /**
   * A payment of a month of this year, as it is to be stored: the amount left to pay when none is
   * given. Refused for a month in which the member pays nothing here (not a member, before the
   * ledger, attached elsewhere, exempt), for a month more than a year ahead, for a month already
   * paid when no amount is given, for an amount out of range, a portal payment without its
   * reference, a day in the future, or text too long.
   */
  Payment pay(
      YearMonth month,
      Long amount,
      PaymentMethod method,
      String reference,
      String paidBy,
      LocalDate paidOn,
      LocalDate today,
      String by) {
    if (month == null || method == null || paidOn == null) {
      throw new RefusedException("dues.refused.incomplete");
    }
    if (month.getYear() != year || month.isAfter(YearMonth.from(today).plusMonths(12))) {
      throw RefusedException.forField("month", "dues.refused.month");
    }
    var judged = month(month);
    switch (judged.status()) {
      case NOT_A_MEMBER, BEFORE_LEDGER, PAID_ELSEWHERE ->
          throw RefusedException.forField("month", "dues.refused.notHere");
      case EXEMPT -> throw RefusedException.forField("month", "dues.refused.exempt");
      default -> {}
    }
    long paying = amount != null ? amount : judged.due() - judged.paid();
    if (amount == null && paying <= 0) {
      throw RefusedException.forField("month", "dues.refused.alreadyPaid");
    }
    if (paying <= 0 || paying > 100_000_000L) {
      throw RefusedException.forField("amount", "dues.refused.amount");
    }
    String ref = reference == null || reference.isBlank() ? null : reference.strip();
    if (method == PaymentMethod.PORTAL && ref == null) {
      throw RefusedException.forField("reference", "dues.refused.reference");
    }
    if (ref != null && ref.length() > 100 || paidBy != null && paidBy.length() > 200) {
      throw new RefusedException("dues.refused.tooLong");
    }
    if (paidOn.isAfter(today)) {
      throw RefusedException.forField("paidOn", "dues.refused.paidOn");
    }
    String onBehalf = paidBy == null || paidBy.isBlank() ? null : paidBy.strip();
    return new Payment(0, month, paying, method, ref, onBehalf, paidOn, by);
  }

  private static DuesBasis basisOn(List<DuesBasis> bases, YearMonth month) {
    DuesBasis found = DuesBasis.DEFAULT;
    for (var basis : bases) {
      if (basis.from().isAfter(month)) {
        break;
      }
      found = basis;
    }
    return found;
  }

  /** Whether the dues rules were in force on the day (dangbo keeps dues from 01/02/2026). */
  private static boolean inLedger(LocalDate day, RuleSource rules) {
    return rules.inForce(day, RuleKey.DUES_ROUNDING_VND);
  }

  /** The rule's value on the day; before the dues rules, a threshold never reached. */
  private static int at(RuleSource rules, LocalDate day, RuleKey key) {
    return rules.inForce(day, key) ? rules.at(day, key).asInt() : Integer.MAX_VALUE;
  }
}
