package vn.dangbo;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page (a path that does not exist, a request refused before any controller):
 * the Vietnamese HTML page or the API's JSON body, as {@link ErrorForms} says. Asked for directly,
 * {@code /error} is a page that does not exist: 404.
 */
@Controller
class ErrorPages implements ErrorController {

  private final ErrorAttributes errors;

  ErrorPages(ErrorAttributes errors) {
    this.errors = errors;
  }

  @RequestMapping("/error")
  ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
    boolean direct = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
    if (direct) {
      request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
    }
    var attributes =
        errors.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults());
    int status = attributes.get("status") instanceof Integer s && s >= 400 ? s : 500;
    attributes.put("status", status);
    response.setStatus(status);
    if (ErrorForms.wantsJson(request)) {
      return ErrorForms.json(attributes);
    }
    var page = new ModelAndView("error");
    page.addObject("status", status);
    return page;
  }
}
