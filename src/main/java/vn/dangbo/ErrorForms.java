package vn.dangbo;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * In which form an error is answered: JSON for the API ({@code /api/...}) and for a caller that
 * asks for JSON and not for HTML; the Vietnamese HTML page for everyone else (a browser, and a
 * caller that takes anything, {@code Accept: *}{@code /*}).
 */
final class ErrorForms {

  private ErrorForms() {}

  static boolean wantsJson(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = original instanceof String s ? s : request.getRequestURI();
    return wantsJson(uri, request.getContextPath(), request.getHeader("Accept"));
  }

  /** The same for a path as sent and the {@code Accept} header (either may be null). */
  static boolean wantsJson(String uri, String contextPath, String accept) {
    if (uri != null && uri.startsWith(contextPath + "/api/")) {
      return true;
    }
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }

  /** The body as JSON, and nothing else of the model (the page layout's attributes stay out). */
  static ModelAndView json(Map<String, ?> body) {
    var view = new JacksonJsonView();
    view.setModelKeys(body.keySet());
    return new ModelAndView(view, body);
  }
}
