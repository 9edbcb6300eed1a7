package vn.dangbo.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.dangbo.identity.CurrentUser;

/** Puts the signed-in user ({@code me}) in every page's model for the header and menus. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

  private final CurrentUserResolver resolver;

  LayoutAttributes(CurrentUserResolver resolver) {
    this.resolver = resolver;
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
