package vn.dangbo.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting on this thread: the signed-in user (or "system" for start-up work and jobs without
 * one), for whom they enter data if they said so, and the address the request came from.
 */
record Actor(String name, String onBehalfOf, String address) {

  static final Actor SYSTEM = new Actor("system", null, null);

  /** The session attribute holding the account a user enters data for. */
  static final String ON_BEHALF_OF = "dangbo.audit.onBehalfOf";

  static Actor current() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    String name =
        authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
            ? null
            : authentication.getName();
    HttpServletRequest request =
        RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
            ? attributes.getRequest()
            : null;
    if (name == null && request == null) {
      return SYSTEM;
    }
    String onBehalfOf = null;
    String address = null;
    if (request != null) {
      address = request.getRemoteAddr();
      var session = request.getSession(false);
      if (session != null && session.getAttribute(ON_BEHALF_OF) instanceof String other) {
        onBehalfOf = other;
      }
    }
    return new Actor(name == null ? "anonymous" : name, onBehalfOf, address);
  }
}
