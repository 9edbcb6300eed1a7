package vn.dangbo.organization.web;

import java.time.LocalDate;
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

  /** Shows a refusal as a form error at the top of the form. */
  static void reject(BindingResult result, RefusedException e) {
    result.reject(e.messageCode(), e.arguments(), e.messageCode());
  }
}
