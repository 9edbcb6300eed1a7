package vn.dangbo.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one address across many usernames: after too many wrong
 * passwords from an address within the window, further sign-in attempts from it are refused with
 * 429 until the window has passed. The per-account lock in {@link LoginAttempts} covers guessing
 * one account from many addresses.
 */
class LoginThrottle extends OncePerRequestFilter {

  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int limit;
  private final Duration window;

  LoginThrottle(Clock clock, int limit, Duration window) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      if (failures.size() > MAX_TRACKED_ADDRESSES) {
        failures.clear();
      }
      var recent = failures.computeIfAbsent(details.getRemoteAddress(), a -> new ArrayDeque<>());
      synchronized (recent) {
        recent.addLast(clock.instant());
      }
    }
  }

  boolean isBlocked(String address) {
    var recent = failures.get(address);
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      Instant since = clock.instant().minus(window);
      while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
        recent.removeFirst();
      }
      return recent.size() >= limit;
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    boolean formLogin =
        "POST".equals(request.getMethod())
            && ("/login".equals(request.getServletPath())
                || "/login/code".equals(request.getServletPath()));
    boolean basic = request.getHeader("Authorization") != null;
    return !formLogin && !basic;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isBlocked(request.getRemoteAddr())) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(429);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"code\":\"TOO_MANY_ATTEMPTS\",\"message\":\"Đăng nhập sai quá nhiều lần từ địa chỉ"
                  + " này. Hãy thử lại sau.\"}");
    } else {
      response.sendRedirect(request.getContextPath() + "/login?error=throttled");
    }
  }
}
