package vn.dangbo.shared;

import java.time.LocalDate;

/**
 * The decision behind a change: its number (e.g. {@code 1681/NQ-UBTVQH15}), date and issuing body.
 * Every field may be blank when the decision is not yet at hand; the number is then shown as
 * missing, never invented.
 */
public record DecisionRef(String number, LocalDate date, String issuer) {

  public static final DecisionRef NONE = new DecisionRef(null, null, null);

  public DecisionRef {
    number = blankToNull(number);
    issuer = blankToNull(issuer);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
