package vn.dangbo.shared;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.ui.Model;
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

  /**
   * Does what a submitted form asks; when the work is refused ({@link RefusedException}), shows the
   * form again with the refusal's message: on the field it names when the form has that field, else
   * above the form. Pages put no try/catch around their work; this is the one place a refusal
   * becomes a message on a form.
   *
   * @param form the submitted form's binding, which receives the message
   * @param work the work, answering the view or redirect to go to
   * @param again the form shown again (with its lists and choices)
   */
  public static String submit(BindingResult form, Supplier<String> work, Supplier<String> again) {
    try {
      return work.get();
    } catch (RefusedException e) {
      if (!rejectField(form, e)) {
        form.reject(e.messageCode(), e.arguments(), e.messageCode());
      }
      return again.get();
    }
  }

  /**
   * The same for a page of several small forms (a record with its actions): the refusal goes in the
   * model under {@code attribute}, and the page shows it under the form that was sent.
   */
  public static String submit(
      Model model, String attribute, Supplier<String> work, Supplier<String> again) {
    try {
      return work.get();
    } catch (RefusedException e) {
      model.addAttribute(attribute, e);
      return again.get();
    }
  }

  /**
   * Does the work of a form that was read without errors; a refusal goes on the form as {@link
   * #submit} puts it. Empty when the form is to be shown again (it had errors, or the work was
   * refused).
   */
  public static Optional<String> attempt(BindingResult form, Supplier<String> work) {
    if (form.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(work.get());
    } catch (RefusedException e) {
      if (!rejectField(form, e)) {
        form.reject(e.messageCode(), e.arguments(), e.messageCode());
      }
      return Optional.empty();
    }
  }

  /**
   * Does a piece of work whose page is shown in any case (a row of a table changed in place, a
   * flash message after a redirect); a refusal is handed to {@code refused}. Whether the work was
   * done.
   */
  public static boolean attempt(Runnable work, Consumer<RefusedException> refused) {
    try {
      work.run();
      return true;
    } catch (RefusedException e) {
      refused.accept(e);
      return false;
    }
  }

  /** Puts the message on the field the refusal names, when the form has it. */
  private static boolean rejectField(BindingResult form, RefusedException e) {
    if (e.field() == null || form.getTarget() == null) {
      return false;
    }
    try {
      if (form.getFieldType(e.field()) == null) {
        return false;
      }
      form.rejectValue(e.field(), e.messageCode(), e.arguments(), e.messageCode());
      return true;
    } catch (RuntimeException notAField) {
      return false;
    }
  }
}
