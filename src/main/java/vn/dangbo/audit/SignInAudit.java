package vn.dangbo.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.dangbo.accounts.SecondFactors;

/**
 * Writes each sign-in through the login page and each failed sign-in (page or API) to the trail.
 * The API's successful calls are not lines of their own: every change they make is.
 */
@Component
class SignInAudit {

  private final AuditTrail trail;

  SignInAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    var current = Actor.current();
    trail.record(
        new Actor(event.getAuthentication().getName(), null, current.address()),
        SecondFactors.awaitsCode(event.getAuthentication()) ? "SIGN_IN_PASSWORD" : "SIGN_IN",
        "user_account",
        null,
        null);
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    var current = Actor.current();
    trail.record(
        new Actor(String.valueOf(event.getAuthentication().getName()), null, current.address()),
        "SIGN_IN_FAILED",
        "user_account",
        null,
        event.getException().getClass().getSimpleName());
  }
}
