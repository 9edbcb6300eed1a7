package vn.dangbo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Refusals that a page did not turn into a form error become a Vietnamese error page with the right
 * status; the reason is shown from its message code, never from the exception.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

  private final MessageSource messages;

  PageErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ModelAndView notFound(
      NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 404, e.messageCode(), null);
  }

  @ExceptionHandler
  ModelAndView forbidden(
      ForbiddenException e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 403, e.messageCode(), null);
  }

  @ExceptionHandler
  ModelAndView refused(
      RefusedException e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 422, e.messageCode(), e.arguments());
  }

  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    org.springframework.web.multipart.MultipartException.class,
    org.springframework.web.multipart.support.MissingServletRequestPartException.class,
    org.springframework.web.bind.MissingServletRequestParameterException.class
  })
  ModelAndView badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 400, "error.badRequest", null);
  }

  /** A form whose values could not be read at all: 400 with each field's reason. */
  @ExceptionHandler
  ModelAndView unreadableForm(
      BindException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
    var view = page(request, response, 400, "error.badRequest", null);
    view.addObject(
        "details",
        e.getAllErrors().stream().map(error -> reason(error, locale)).distinct().toList());
    return view;
  }

  /**
   * What is wrong with one field, naming it: "Họ và tên: Nội dung có thẻ mã ..." with the guard's
   * own reason when the text guard refused it, else the reason of its type (a day, a number).
   */
  private String reason(org.springframework.validation.ObjectError error, Locale locale) {
    if (!(error instanceof org.springframework.validation.FieldError field)) {
      return messages.getMessage(error, locale);
    }
    String problem = messages.getMessage(error, locale);
    if (field.contains(org.springframework.beans.TypeMismatchException.class)) {
      var cause = field.unwrap(org.springframework.beans.TypeMismatchException.class).getCause();
      if (cause != null
          && cause.getMessage() != null
          && cause.getMessage().startsWith("input.refused.")) {
        problem = messages.getMessage(cause.getMessage(), null, problem, locale);
      }
    }
    String name = field.getField();
    String label =
        messages.getMessage(
            "field." + name.substring(name.lastIndexOf('.') + 1), null, name, locale);
    return messages.getMessage("form.fieldProblem", new Object[] {label, problem}, locale);
  }

  @ExceptionHandler
  ModelAndView tooLarge(
      MaxUploadSizeExceededException e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 413, "error.tooLarge", null);
  }

  /** The database cannot be reached: a page saying so, 503; the pool reconnects by itself. */
  @ExceptionHandler({
    org.springframework.dao.DataAccessResourceFailureException.class,
    org.springframework.transaction.CannotCreateTransactionException.class
  })
  ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Retry-After", "30");
    return page(request, response, 503, "error.databaseUnavailable", null);
  }

  @ExceptionHandler
  ModelAndView dataRefused(
      org.springframework.dao.DataIntegrityViolationException e,
      HttpServletRequest request,
      HttpServletResponse response) {
    return tooLong(e)
        ? page(request, response, 400, "error.valueTooLong", null)
        : page(request, response, 409, "error.conflict", null);
  }

  /** Whether the database refused a value longer than its column (SQL state 22001). */
  static boolean tooLong(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "22001".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @ExceptionHandler
  ModelAndView concurrent(
      OptimisticLockingFailureException e,
      HttpServletRequest request,
      HttpServletResponse response) {
    return page(request, response, 409, "error.concurrentChange", null);
  }

  /**
   * The error page; for a call under {@code /api/} answered by a page controller (a file download),
   * or a caller asking for JSON, the same JSON body as the API's own errors.
   */
  private ModelAndView page(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      Object[] arguments) {
    response.setStatus(status);
    if (ErrorForms.wantsJson(request)) {
      var body = new LinkedHashMap<String, Object>();
      body.put("code", code);
      body.put(
          "message",
          messages.getMessage(code, arguments, code, RequestContextUtils.getLocale(request)));
      return ErrorForms.json(body);
    }
    var view = new ModelAndView("error");
    view.addObject("status", status);
    view.addObject("reason", code);
    view.addObject("reasonArguments", arguments);
    return view;
  }
}
