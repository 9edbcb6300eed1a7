package vn.dangbo.accounts.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; a user already signed in goes home. */
@Controller
class LoginController {

  static final String VIEW = "login";

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error, Authentication authentication, Model model) {
    if (error != null) {
      model.addAttribute(
          "loginError",
          switch (error) {
            case "locked" -> "login.error.locked";
            case "disabled" -> "login.error.disabled";
            case "throttled" -> "login.error.throttled";
            default -> "login.error.bad";
          });
    }
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    return VIEW;
  }
}
