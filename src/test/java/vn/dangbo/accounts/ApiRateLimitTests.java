package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class ApiRateLimitTests {

  private static final Instant NOON = Instant.parse("2026-11-28T05:00:10Z");

  @Test
  void theCallOneTooManyInAMinuteIsRefusedUntilTheNextMinute() {
    var limit = new ApiRateLimit(Clock.fixed(NOON, ZoneOffset.UTC), 3);
    assertThat(limit.allow("bithu.langcheu")).isTrue();
    assertThat(limit.allow("bithu.langcheu")).isTrue();
    assertThat(limit.allow("bithu.langcheu")).isTrue();
    assertThat(limit.allow("bithu.langcheu")).isFalse();
    // another account has its own count
    assertThat(limit.allow("vanphong.langcheu")).isTrue();
    var nextMinute = new ApiRateLimit(Clock.fixed(NOON.plusSeconds(60), ZoneOffset.UTC), 3);
    assertThat(nextMinute.allow("bithu.langcheu")).isTrue();
  }

  @Test
  void aRefusedCallAnswers429WithWhenToTryAgainInVietnamese() throws Exception {
    var limit = new ApiRateLimit(Clock.fixed(NOON, ZoneOffset.UTC), 1);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "bithu.langcheu", null, AuthorityUtils.NO_AUTHORITIES));
    try {
      var first = new MockHttpServletResponse();
      limit.doFilter(
          new MockHttpServletRequest("GET", "/api/v1/members"), first, new MockFilterChain());
      assertThat(first.getStatus()).isEqualTo(200);

      var second = new MockHttpServletResponse();
      var chain = new MockFilterChain();
      limit.doFilter(new MockHttpServletRequest("GET", "/api/v1/members"), second, chain);
      assertThat(second.getStatus()).isEqualTo(429);
      assertThat(second.getHeader("Retry-After")).isEqualTo("50");
      assertThat(second.getContentAsString()).contains("Quá nhiều yêu cầu");
      assertThat(chain.getRequest()).as("the call went no further").isNull();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
