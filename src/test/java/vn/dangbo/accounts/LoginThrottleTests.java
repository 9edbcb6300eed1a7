package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTests {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(10));

  @Test
  void blocksAnAddressAfterTooManyFailuresAcrossUsernames() throws Exception {
    fail("10.0.0.7", "a");
    fail("10.0.0.7", "b");
    assertThat(signIn("10.0.0.7").getStatus()).isEqualTo(200);

    fail("10.0.0.7", "c");

    var refused = signIn("10.0.0.7");
    assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error=throttled");
    assertThat(signIn("10.0.0.8").getStatus()).isEqualTo(200);
  }

  @Test
  void anApiCallerGets429InJson() throws Exception {
    for (int i = 0; i < 3; i++) {
      fail("10.0.0.9", "x" + i);
    }
    var request = new MockHttpServletRequest("GET", "/api/v1/me");
    request.setRemoteAddr("10.0.0.9");
    request.addHeader("Authorization", "Basic eDp5");
    var response = new MockHttpServletResponse();

    throttle.doFilter(request, response, new MockFilterChain());

    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getContentAsString()).contains("TOO_MANY_ATTEMPTS");
  }

  @Test
  void letsTheAddressTryAgainOnceTheWindowHasPassed() throws Exception {
    for (int i = 0; i < 3; i++) {
      fail("10.0.0.10", "x" + i);
    }
    clock.advance(Duration.ofMinutes(11));

    assertThat(signIn("10.0.0.10").getStatus()).isEqualTo(200);
  }

  private void fail(String address, String username) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    var token = UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong");
    token.setDetails(new WebAuthenticationDetails(request));
    throttle.on(
        new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("x")));
  }

  private MockHttpServletResponse signIn(String address) throws Exception {
    var request = new MockHttpServletRequest("POST", "/login");
    request.setServletPath("/login");
    request.setRemoteAddr(address);
    var response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-28T03:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
