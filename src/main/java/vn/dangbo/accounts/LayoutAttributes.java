package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.LazyContextVariable;
import vn.dangbo.identity.CurrentUser;

/**
 * Puts the signed-in user ({@code me}) in every page's model for the header and menus, the count of
 * their unread notifications ({@code unread}) for the bell, and the main menu's links ({@code
 * menu}, drawn only if the page shows them).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

  private final CurrentUserResolver resolver;
  private final ObjectProvider<Bell> bell;
  private final Menus menus;

  LayoutAttributes(
      CurrentUserResolver resolver, ObjectProvider<Bell> bell, ITemplateEngine templates) {
    this.resolver = resolver;
    this.bell = bell;
    this.menus = new Menus(templates);
  }

  /** The main menu's links, as HTML, found when the page's template asks for them. */
  @ModelAttribute("menu")
  LazyContextVariable<String> menu(HttpServletRequest request) {
    // the response taken as an argument would mark the request handled, for every controller
    var response =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
    return new LazyContextVariable<>() {
      @Override
      protected String loadValue() {
        var me = me(request);
        return me == null ? "" : menus.of(me, request, response);
      }
    };
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
