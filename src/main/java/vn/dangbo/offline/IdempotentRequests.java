package vn.dangbo.offline;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The first answers to API writes sent with an idempotency key, per account and key. */
@Repository
class IdempotentRequests {

  /** How long an answer is kept: longer than a phone stays offline in practice. */
  static final Duration KEPT = Duration.ofDays(14);

  private final JdbcClient jdbc;

  IdempotentRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The answer kept for a request. */
  record Answer(String method, String path, int status, String contentType, byte[] body) {}

  /**
   * Claims the key for this request: true when it is new. A request with the same key in a
   * transaction not yet committed makes this wait for it, then answer false.
   */
  boolean claim(String username, UUID key, String method, String path) {
    return jdbc.sql(
                """
                insert into idempotent_request (username, key, method, path, status, body)
                values (:username, :key, :method, :path, 0, ''::bytea)
                on conflict do nothing
                """)
            .param("username", username)
            .param("key", key)
            .param("method", method)
            .param("path", path)
            .update()
        == 1;
  }

  /** Keeps the answer of a claimed key; or records key and answer together when not claimed. */
  void keep(String username, UUID key, Answer answer) {
    jdbc.sql(
            """
            insert into idempotent_request (username, key, method, path, status, content_type, body)
            values (:username, :key, :method, :path, :status, :type, :body)
            on conflict (username, key) do update set status = excluded.status,
              content_type = excluded.content_type, body = excluded.body
            """)
        .param("username", username)
        .param("key", key)
        .param("method", answer.method())
        .param("path", answer.path())
        .param("status", answer.status())
        .param("type", answer.contentType())
        .param("body", answer.body())
        .update();
  }

  Optional<Answer> find(String username, UUID key) {
    return jdbc.sql(
            """
            select method, path, status, content_type, body from idempotent_request
            where username = :username and key = :key
            """)
        .param("username", username)
        .param("key", key)
        .query(
            (rs, n) ->
                new Answer(
                    rs.getString("method"),
                    rs.getString("path"),
                    rs.getInt("status"),
                    rs.getString("content_type"),
                    rs.getBytes("body")))
        .optional();
  }

  /** Forgets the answers older than {@link #KEPT}, every hour. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetOld() {
    jdbc.sql("delete from idempotent_request where created_at < now() - make_interval(secs => :s)")
        .param("s", (double) KEPT.toSeconds())
        .update();
  }
}
