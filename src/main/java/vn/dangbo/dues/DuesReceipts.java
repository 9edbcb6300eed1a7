package vn.dangbo.dues;

import java.time.YearMonth;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dangbo.documents.Pdf;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;

/**
 * The receipt of a payment (biên lai thu đảng phí): what was paid, for which month, how and when,
 * by whom; for whoever may read the member's ledger, the member included. As a page, and as an A4
 * PDF with the DejaVu Sans font embedded.
 */
@Service
public class DuesReceipts {

  private final DuesRepository repository;
  private final DuesLedger ledger;
  private final ITemplateEngine templates;

  DuesReceipts(DuesRepository repository, DuesLedger ledger, ITemplateEngine templates) {
    this.repository = repository;
    this.ledger = ledger;
    this.templates = templates;
  }

  /** A receipt: the member's name, the month as the ledger judges it, and the payment. */
  public record Receipt(String fullName, long memberId, DuesYear.Month month, Payment payment) {}

  /** The receipt of the member's payment; 404 for a payment of someone else or out of scope. */
  @Transactional(readOnly = true)
  public Receipt receipt(long memberId, long paymentId, OrganizationScope scope) {
    var owner =
        repository
            .paymentOwner(paymentId)
            .filter(o -> (long) o[0] == memberId)
            .orElseThrow(() -> new NotFoundException("dues.notFound"));
    YearMonth month = (YearMonth) owner[1];
    var year = ledger.year(memberId, month.getYear(), scope);
    var judged = year.month(month);
    var payment =
        judged.payments().stream()
            .filter(p -> p.id() == paymentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("dues.notFound"));
    return new Receipt(year.fullName(), memberId, judged, payment);
  }

  /** The receipt as an A4 PDF. */
  public byte[] pdf(Receipt receipt, Locale locale) {
    var context = new Context(locale);
    context.setVariable("receipt", receipt);
    context.setVariable("css", Pdf.stylesheet("a4.css"));
    return Pdf.render(templates.process("dues/receipt-print", context));
  }
}
