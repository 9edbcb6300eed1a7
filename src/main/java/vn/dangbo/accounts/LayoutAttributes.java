package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangbo.identity.CurrentUser;

/**
 * Puts the signed-in user ({@code me}) in every page's model for the header and menus, and the
 * count of their unread notifications ({@code unread}) for the bell.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

  private final CurrentUserResolver resolver;
  private final ObjectProvider<Bell> bell;

  LayoutAttributes(CurrentUserResolver resolver, ObjectProvider<Bell> bell) {
    this.resolver = resolver;
    this.bell = bell;
  }

  /**
   * The bell's count, for a whole page drawn for a signed-in user (not for a write, a fragment or
   * the API).
   */
  @ModelAttribute("unread")
  Integer unread(HttpServletRequest request) {
    var me = me(request);
    var counter = bell.getIfAvailable();
    if (me == null
        || counter == null
        || !"GET".equals(request.getMethod())
        // an htmx fragment is drawn without the header
        || request.getHeader("HX-Request") != null
        || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return 0;
    }
    return counter.unread(me.accountId());
  }

  @ModelAttribute("me")
  CurrentUser me(HttpServletRequest request) {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof SignedInUser signedIn)
        || signedIn.awaitingCode()) {
      return null;
    }
    return resolver.current(request);
  }
}
