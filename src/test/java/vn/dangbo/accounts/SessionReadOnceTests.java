package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A page reads its session from the store once, where Spring Session's filter alone reads it again
 * after saving it; what the page answers (the session cookie) and what the store keeps stay as they
 * were, for a page that changes the session, one that signs out and one that changes the session's
 * id.
 */
class SessionReadOnceTests {

  @Test
  void aPageReadsItsSessionOnceAndKeepsWhatItChanged() throws Exception {
    var plain = page(new Counting(), false, request -> request.getSession().setAttribute("a", 2));
    var once = page(new Counting(), true, request -> request.getSession().setAttribute("a", 2));

    assertThat(plain.store.reads).as("Spring Session alone").isGreaterThan(1);
    assertThat(once.store.reads).isEqualTo(1);
    assertThat(once.cookie).isEqualTo(plain.cookie).isNull();
    assertThat((Integer) once.store.findById(once.id).getAttribute("a")).isEqualTo(2);
  }

  @Test
  void signingOutStillEndsTheSessionAndItsCookie() throws Exception {
    var plain = page(new Counting(), false, request -> request.getSession().invalidate());
    var once = page(new Counting(), true, request -> request.getSession().invalidate());

    assertThat(once.cookie).isEqualTo(plain.cookie).contains("Max-Age=0");
    assertThat(once.store.findById(once.id)).isNull();
  }

  @Test
  void aNewIdIsStillSentToTheBrowser() throws Exception {
    var plain = page(new Counting(), false, HttpServletRequest::changeSessionId);
    var once = page(new Counting(), true, HttpServletRequest::changeSessionId);

    assertThat(plain.cookie).startsWith("SESSION=");
    assertThat(once.cookie).startsWith("SESSION=").doesNotContain(encoded(once.id));
    assertThat(once.store.findById(once.id)).as("no session under the old id").isNull();
  }

  private record Page(Counting store, String id, String cookie) {}

  /** A page of a signed-in session that does something with its session and writes its answer. */
  private static Page page(Counting store, boolean readOnce, Consumer<HttpServletRequest> work)
      throws Exception {
    MapSession session = store.createSession();
    session.setAttribute("a", 1);
    store.save(session);
    store.reads = 0;
    var request = new MockHttpServletRequest("GET", "/members");
    request.setCookies(new Cookie("SESSION", encoded(session.getId())));
    var response = new MockHttpServletResponse();
    var servlet =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest req, HttpServletResponse resp)
              throws IOException {
            work.accept(req);
            resp.getWriter().write("trang");
            resp.flushBuffer();
          }
        };
    var filter = new SessionRepositoryFilter<>(readOnce ? SessionReadOnce.readOnce(store) : store);
    var chain =
        readOnce
            ? new MockFilterChain(servlet, new SessionReadOnce.RequestBounds(), filter)
            : new MockFilterChain(servlet, filter);
    chain.doFilter(request, response);
    return new Page(store, session.getId(), response.getHeader("Set-Cookie"));
  }

  private static String encoded(String id) {
    return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
  }

  /** A session store in memory that counts its reads. */
  static class Counting extends MapSessionRepository {
    int reads;

    Counting() {
      super(new ConcurrentHashMap<>());
    }

    @Override
    public MapSession findById(String id) {
      reads++;
      return super.findById(id);
    }
  }
}
