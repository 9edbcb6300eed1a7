package vn.dangbo.shared;

import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/** What every page does with a submitted form. */
public final class Forms {

  private Forms() {}

  /**
   * A form that could not be read at all (a date that is not a date) is a bad request: the 400 page
   * lists the reasons. A form that was read goes on to its checks.
   */
  public static void requireBound(BindingResult result) throws BindException {
    if (result.getTarget() == null) {
      throw new BindException(result);
    }
  }
}
