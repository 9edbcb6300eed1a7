package vn.dangbo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.Members;
import vn.dangbo.shared.NotFoundException;

/**
 * Records payments of dues: in cash to the cell (by the member or someone on their behalf) or on
 * the public service portal with its reference, each for a month of the member's ledger, by someone
 * who manages the cell the member was in that month.
 */
@Service
public class DuesPayments {

  private final DuesRepository repository;
  private final DuesLedger ledger;
  private final Members members;
  private final Clock clock;

  DuesPayments(DuesRepository repository, DuesLedger ledger, Members members, Clock clock) {
    this.repository = repository;
    this.ledger = ledger;
    this.members = members;
    this.clock = clock;
  }

  /** What a payment asks for; a null amount pays what is left of the month. */
  public record PaymentRequest(
      YearMonth month,
      Long amount,
      PaymentMethod method,
      String reference,
      String paidBy,
      LocalDate paidOn) {}

  /** Records the payment and answers the month as it now stands. */
  @Transactional
  public DuesYear.Month pay(
      long memberId, PaymentRequest request, OrganizationScope scope, String by) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    YearMonth month = request.month() == null ? YearMonth.now(clock) : request.month();
    payAll(member, month.getYear(), List.of(request), scope, by);
    return ledger.years(List.of(member), month.getYear()).get(memberId).month(month);
  }

  /**
   * Records several months of one year at once (months paid in advance, say), each judged against
   * the year as it stood before; all or none.
   */
  @Transactional
  public void payMonths(
      long memberId, int year, List<PaymentRequest> requests, OrganizationScope scope, String by) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    payAll(member, year, requests, scope, by);
  }

  private void payAll(
      Member member, int year, List<PaymentRequest> requests, OrganizationScope scope, String by) {
    scope.requireManager(member.record().cellId());
    LocalDate today = LocalDate.now(clock);
    var ledgerYear = ledger.years(List.of(member), year).get(member.id());
    for (var request : requests) {
      YearMonth month = request.month() == null ? YearMonth.from(today) : request.month();
      var payment =
          ledgerYear.pay(
              month,
              request.amount(),
              request.method() == null ? PaymentMethod.CASH : request.method(),
              request.reference(),
              request.paidBy(),
              request.paidOn() == null ? today : request.paidOn(),
              today,
              by);
      Long cell = ledgerYear.month(month).cellId();
      scope.requireManager(cell);
      repository.addPayment(member.id(), cell, payment);
    }
  }
}
