package vn.dangbo.dues;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An exemption (100 %) or a reduction (30, 50 or 70 %) for hardship, decided for the months from
 * {@code from} to {@code to}, both included.
 */
public record Relief(
    long id,
    int percent,
    YearMonth from,
    YearMonth to,
    String decisionNumber,
    LocalDate decisionDate,
    String decidedBy,
    String reason) {

  boolean covers(YearMonth month) {
    return !month.isBefore(from) && !month.isAfter(to);
  }
}
