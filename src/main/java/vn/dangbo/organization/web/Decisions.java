package vn.dangbo.organization.web;

import java.time.LocalDate;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/** Small helpers shared by the organisation forms. */
final class Decisions {

  private Decisions() {}

  static DecisionRef of(String number, LocalDate date, String issuer) {
    if (number != null && number.length() > 60 || issuer != null && issuer.length() > 200) {
      throw new RefusedException("decision.refused.tooLong");
    }
    return new DecisionRef(number, date, issuer);
  }

  /**
   * A form that could not even be built (a date like 2025-02-30, a tampered id) is answered with
   * 400 and the reasons, instead of re-rendering a form that has no values.
   */
  static void requireBound(Object form, BindingResult result) throws BindException {
    if (form == null || result.getTarget() == null) {
      throw new BindException(result);
    }
  }
}
