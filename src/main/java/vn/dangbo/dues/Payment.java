package vn.dangbo.dues;

import java.time.LocalDate;
import java.time.YearMonth;

/** A payment of a month's dues; {@code paidBy} names someone who paid on the member's behalf. */
public record Payment(
    long id,
    YearMonth month,
    long amount,
    PaymentMethod method,
    String reference,
    String paidBy,
    LocalDate paidOn,
    String enteredBy) {}
