package vn.dangbo.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code limit} API calls a minute for each account (a script gone wrong, or a stolen
 * password used to copy the records out): further calls in that minute answer 429 with {@code
 * Retry-After}. Counted per account after sign-in, in fixed one-minute windows.
 */
class ApiRateLimit extends OncePerRequestFilter {

  private static final int MAX_TRACKED_ACCOUNTS = 100_000;

  /** Per account: the minute counted and the calls in it. */
  private final Map<String, long[]> calls = new ConcurrentHashMap<>();

  private final Clock clock;
  private final int limit;

  ApiRateLimit(Clock clock, int limit) {
    this.clock = clock;
    this.limit = limit;
  }

  /** Counts a call of the account; false when it is one too many for this minute. */
  boolean allow(String account) {
    long minute = clock.millis() / 60_000;
    if (calls.size() > MAX_TRACKED_ACCOUNTS) {
      calls.clear();
    }
    var counter = calls.computeIfAbsent(account, a -> new long[] {minute, 0});
    synchronized (counter) {
      if (counter[0] != minute) {
        counter[0] = minute;
        counter[1] = 0;
      }
      return ++counter[1] <= limit;
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && !allow(authentication.getName())) {
      long secondsLeft = 60 - (clock.millis() / 1000) % 60;
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(secondsLeft));
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"Quá nhiều yêu cầu trong một phút."
                  + " Hãy thử lại sau "
                  + secondsLeft
                  + " giây.\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
