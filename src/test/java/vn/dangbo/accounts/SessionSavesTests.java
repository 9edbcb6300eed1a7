package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;

/**
 * A page view moves its session's last access, but the session's row is written only when a minute
 * has passed since the access it holds (or when the session's id, owner or lifetime changes), so
 * most pages do not write to the database at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionSavesTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @SuppressWarnings("rawtypes")
  @Autowired
  org.springframework.session.SessionRepository sessions;

  private final FormClient browser = new FormClient();

  @Test
  void pagesWithinAMinuteLeaveTheSessionRowAndThenItIsWrittenAgain() throws Exception {
    browser.get(port, "/login");
    String before = browser.sessionId();
    assertThat(browser.signIn(port, "bithu.hangdong").statusCode()).isEqualTo(302);
    String session = browser.sessionId();
    assertThat(session).as("signing in changes the id, which is written").isNotEqualTo(before);

    assertThat(browser.get(port, "/members").statusCode()).isEqualTo(200);
    var written = row(session);
    for (int i = 0; i < 3; i++) {
      assertThat(browser.get(port, "/members").statusCode()).isEqualTo(200);
    }
    assertThat(row(session)).as("three pages within the minute").isEqualTo(written);

    jdbc.sql(
            "update spring_session set last_access_time = last_access_time - 61000,"
                + " expiry_time = expiry_time - 61000 where session_id = :id")
        .param("id", session)
        .update();
    var aMinuteOld = row(session);
    assertThat(browser.get(port, "/members").statusCode()).isEqualTo(200);
    var again = row(session);
    assertThat(again.lastAccess()).as("written again").isGreaterThan(aMinuteOld.lastAccess());
    assertThat(again.expiry() - again.lastAccess()).isEqualTo(30 * 60 * 1000L);
  }

  @Test
  void theSessionKeepsNoPasswordHash() throws Exception {
    browser.get(port, "/login");
    assertThat(browser.signIn(port, "bithu.hangdong").statusCode()).isEqualTo(302);
    assertThat(browser.get(port, "/members").statusCode()).as("still signed in").isEqualTo(200);
    String hash =
        jdbc.sql("select password_hash from user_account where username = 'bithu.hangdong'")
            .query(String.class)
            .single();

    var stored =
        jdbc.sql(
                "select a.attribute_bytes from spring_session_attributes a"
                    + " join spring_session s on s.primary_id = a.session_primary_id"
                    + " where s.session_id = :id and a.attribute_name = 'SPRING_SECURITY_CONTEXT'")
            .param("id", browser.sessionId())
            .query(byte[].class)
            .single();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("bithu.hangdong")
        .doesNotContain(hash.substring(hash.length() - 20));
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoRequestsOfOneSessionAddingTheSameAttributeBothSave() {
    var session = (Session) sessions.createSession();
    sessions.save(session);
    var first = (Session) sessions.findById(session.getId());
    var second = (Session) sessions.findById(session.getId());
    first.setAttribute("token", "a");
    second.setAttribute("token", "b");
    sessions.save(first);
    sessions.save(second);

    assertThat(((Session) sessions.findById(session.getId())).<String>getAttribute("token"))
        .isEqualTo("b");
    sessions.deleteById(session.getId());
  }

  private record Row(String version, long lastAccess, long expiry) {}

  private Row row(String sessionId) {
    return jdbc.sql(
            "select xmin::text, last_access_time, expiry_time from spring_session"
                + " where session_id = :id")
        .param("id", sessionId)
        .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
        .single();
  }
}
