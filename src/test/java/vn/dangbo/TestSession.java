package vn.dangbo;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser's session across MockMvc requests. Sessions live in PostgreSQL (Spring Session),
 * found by their cookie, so a test keeps the cookie as a browser would instead of a {@code
 * MockHttpSession}.
 */
public final class TestSession implements RequestPostProcessor {

  private static final String COOKIE = "SESSION";

  private Cookie cookie;

  /** Sends the request with this session's cookie and keeps the cookie the answer sets. */
  public MvcTestResult exchange(MockMvcTester.MockMvcRequestBuilder request) {
    var result = request.with(this).exchange();
    var set = result.getResponse().getCookie(COOKIE);
    if (set != null) {
      cookie = set.getMaxAge() == 0 ? null : set;
    }
    return result;
  }

  @Override
  public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
    if (cookie != null) {
      request.setCookies(cookie);
    }
    return request;
  }
}
