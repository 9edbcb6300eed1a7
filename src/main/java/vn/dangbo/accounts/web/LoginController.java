package vn.dangbo.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangbo.accounts.SecondFactorSignIn;
import vn.dangbo.organization.OwnWrite;

/** The sign-in pages (password, then the code where the account has a second factor). */
@Controller
class LoginController {

  static final String VIEW = "login";
  static final String CODE_VIEW = "login-code";

  private final SecondFactorSignIn secondFactor;

  LoginController(SecondFactorSignIn secondFactor) {
    this.secondFactor = secondFactor;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String until,
      Authentication authentication,
      Model model) {
    if ("locked".equals(error) && until != null && until.matches("[0-2][0-9]:[0-5][0-9]")) {
      model.addAttribute("lockedUntil", until);
    }
    if (error != null) {
      model.addAttribute(
          "loginError",
          switch (error) {
            case "locked" -> "login.error.locked";
            case "disabled" -> "login.error.disabled";
            case "throttled" -> "login.error.throttled";
            case "expired" -> "login.error.codeExpired";
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

  /** The second sign-in step of an account with a second factor: the code from the phone. */
  @GetMapping("/login/code")
  String codeForm(HttpServletRequest request) {
    return secondFactor.awaitsCode(request) ? CODE_VIEW : "redirect:/login?error=expired";
  }

  @PostMapping("/login/code")
  @OwnWrite
  String code(
      @RequestParam(required = false) String code,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return switch (secondFactor.completeWith(code, request, response)) {
      case SIGNED_IN -> "redirect:/";
      case LOCKED -> "redirect:/login?error=locked";
      case EXPIRED -> "redirect:/login?error=expired";
      case WRONG -> {
        model.addAttribute("loginError", "login.error.code");
        yield CODE_VIEW;
      }
    };
  }
}
