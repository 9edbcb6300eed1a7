package vn.dangbo;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Refusals that a page did not turn into a form error become a Vietnamese error page with the right
 * status; the reason is shown from its message code, never from the exception.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

  @ExceptionHandler
  ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
    return page(response, 404, e.messageCode(), null);
  }

  @ExceptionHandler
  ModelAndView forbidden(ForbiddenException e, HttpServletResponse response) {
    return page(response, 403, e.messageCode(), null);
  }

  @ExceptionHandler
  ModelAndView refused(RefusedException e, HttpServletResponse response) {
    return page(response, 422, e.messageCode(), e.arguments());
  }

  @ExceptionHandler
  ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
    return page(response, 400, "error.badRequest", null);
  }

  @ExceptionHandler
  ModelAndView concurrent(OptimisticLockingFailureException e, HttpServletResponse response) {
    return page(response, 409, "error.concurrentChange", null);
  }

  private static ModelAndView page(
      HttpServletResponse response, int status, String code, Object[] arguments) {
    response.setStatus(status);
    var view = new ModelAndView("error");
    view.addObject("status", status);
    view.addObject("reason", code);
    view.addObject("reasonArguments", arguments);
    return view;
  }
}
