package vn.dangbo.accounts.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; a user already signed in goes home. */
@Controller
class LoginController {

  static final String VIEW = "login";

  @GetMapping("/login")
  String login(Authentication authentication) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    return VIEW;
  }
}
