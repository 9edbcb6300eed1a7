package vn.dangbo.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in of an account with a second factor, in two steps. After the right password the
 * session holds only "password given, code awaited" (no signed-in user at all); the code then signs
 * in, under a new session id. Wrong codes count like wrong passwords (the account lock, the address
 * throttle, the audit trail). On the API, the code goes with each call in the {@value #CODE_HEADER}
 * header.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

  public static final String CODE_HEADER = "X-Dangbo-Code";
  private static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
  private static final Duration CODE_WAIT = Duration.ofMinutes(5);

  private final SecurityContextRepository contexts =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());
  private final UserAccounts accounts;
  private final SecondFactors secondFactors;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SecondFactorSignIn(
      UserAccounts accounts,
      SecondFactors secondFactors,
      ApplicationEventPublisher events,
      Clock clock) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
    this.events = events;
    this.clock = clock;
  }

  /** The right password on the sign-in page: home, or the code page when one is awaited. */
  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    if (authentication.getPrincipal() instanceof SignedInUser user && user.awaitingCode()) {
      var empty = SecurityContextHolder.createEmptyContext();
      SecurityContextHolder.setContext(empty);
      contexts.saveContext(empty, request, response);
      request.getSession().setAttribute(PENDING, new Pending(user.account().id(), clock.instant()));
      response.sendRedirect(request.getContextPath() + "/login/code");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/");
  }

  /** Whether this session has given its password and awaits the code. */
  public boolean awaitsCode(HttpServletRequest request) {
    return pending(request) != null;
  }

  /** Checks the code of the session waiting for one and signs it in when right. */
  public Outcome completeWith(
      String code, HttpServletRequest request, HttpServletResponse response) {
    var pending = pending(request);
    if (pending == null) {
      return Outcome.EXPIRED;
    }
    var account = accounts.findById(pending.accountId()).orElse(null);
    if (account == null || !account.enabled() || account.isLocked(clock.instant())) {
      request.getSession().removeAttribute(PENDING);
      return account != null && account.isLocked(clock.instant())
          ? Outcome.LOCKED
          : Outcome.EXPIRED;
    }
    if (!secondFactors.accept(account.id(), code, true)) {
      failed(account.username(), request);
      return accounts.findById(account.id()).filter(a -> a.isLocked(clock.instant())).isPresent()
          ? Outcome.LOCKED
          : Outcome.WRONG;
    }
    request.getSession().removeAttribute(PENDING);
    request.changeSessionId();
    var token = signedIn(new SignedInUser(account, clock.instant()), request);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(token);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    events.publishEvent(new AuthenticationSuccessEvent(token));
    events.publishEvent(new InteractiveAuthenticationSuccessEvent(token, getClass()));
    return Outcome.SIGNED_IN;
  }

  /**
   * The API's check, after HTTP Basic: an account with a second factor needs its current code in
   * {@value #CODE_HEADER}; without it the call is refused as unauthenticated.
   */
  OncePerRequestFilter apiFilter(org.springframework.security.web.AuthenticationEntryPoint refuse) {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(
          HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
            && authentication.getPrincipal() instanceof SignedInUser user
            && user.awaitingCode()) {
          String code = request.getHeader(CODE_HEADER);
          if (!secondFactors.accept(user.account().id(), code, false)) {
            if (code != null) {
              failed(user.account().username(), request);
            }
            SecurityContextHolder.clearContext();
            refuse.commence(
                request, response, new WrongCodeException(code == null ? "missing" : "wrong"));
            return;
          }
          var token = signedIn(user.withCode(), request);
          SecurityContextHolder.getContext().setAuthentication(token);
          events.publishEvent(new AuthenticationSuccessEvent(token));
        }
        chain.doFilter(request, response);
      }
    };
  }

  private Pending pending(HttpServletRequest request) {
    var session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
      return null;
    }
    if (pending.since().plus(CODE_WAIT).isBefore(clock.instant())) {
      session.removeAttribute(PENDING);
      return null;
    }
    return pending;
  }

  private void failed(String username, HttpServletRequest request) {
    var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, null);
    attempt.setDetails(new WebAuthenticationDetails(request));
    events.publishEvent(
        new AuthenticationFailureBadCredentialsEvent(attempt, new WrongCodeException("wrong")));
  }

  private static UsernamePasswordAuthenticationToken signedIn(
      SignedInUser user, HttpServletRequest request) {
    var token =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    token.setDetails(new WebAuthenticationDetails(request));
    return token;
  }

  /** How the code was taken. */
  public enum Outcome {
    SIGNED_IN,
    WRONG,
    LOCKED,
    EXPIRED
  }

  /** A sign-in or API call of an account with a second factor came without its right code. */
  public static class WrongCodeException extends BadCredentialsException {
    WrongCodeException(String why) {
      super("second-factor code " + why);
    }
  }

  private record Pending(long accountId, Instant since) implements Serializable {}
}
