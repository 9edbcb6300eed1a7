package vn.dangbo.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox's rows. Each statement stands alone (no surrounding transaction): a claim is committed
 * before anything is sent, so that no other sender takes the same row.
 */
@Repository
class OutboxRepository {

  private static final String SELECT = "select d.* from notification_delivery d";

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void enqueue(long account, Delivery.Channel channel, LocalDate day) {
    jdbc.sql(
            """
            insert into notification_delivery (account_id, channel, digest_day, state)
            values (:account, :channel, :day, 'PENDING')
            on conflict (account_id, channel, digest_day) do nothing
            """)
        .param("account", account)
        .param("channel", channel.name())
        .param("day", day)
        .update();
  }

  /** Takes up to {@code batch} rows whose time has come: they are SENDING, for this sender only. */
  List<Delivery> claim(int batch) {
    return jdbc.sql(
            """
            with taken as (
              update notification_delivery set state = 'SENDING', claimed_at = now(),
                attempts = attempts + 1
              where id in (select id from notification_delivery
                           where state = 'PENDING' and next_attempt_at <= now()
                           order by next_attempt_at limit :batch for update skip locked)
              returning *)
            select * from taken order by id
            """)
        .param("batch", batch)
        .query(OutboxRepository::delivery)
        .list();
  }

  void sent(long id) {
    jdbc.sql(
            """
            update notification_delivery set state = 'SENT', sent_at = now(), last_error = null
            where id = :id and state = 'SENDING'
            """)
        .param("id", id)
        .update();
  }

  /** Done without sending: nothing the recipient still wants by this channel. */
  void nothingToSay(long id) {
    jdbc.sql(
            """
            update notification_delivery set state = 'SENT', sent_at = now(),
              last_error = 'Không gửi: người nhận không còn muốn nhận loại nào qua kênh này'
            where id = :id and state = 'SENDING'
            """)
        .param("id", id)
        .update();
  }

  /** A failed attempt: tried again after the wait, or given up after the last attempt. */
  void failed(long id, String error, Duration retryAfter) {
    jdbc.sql(
            """
            update notification_delivery set last_error = :error,
              state = case when :retry then 'PENDING' else 'FAILED' end,
              next_attempt_at = now() + make_interval(secs => :seconds)
            where id = :id and state = 'SENDING'
            """)
        .param("id", id)
        .param("error", error.length() > 500 ? error.substring(0, 500) : error)
        .param("retry", retryAfter != null)
        .param("seconds", retryAfter == null ? 0 : retryAfter.toSeconds())
        .update();
  }

  /** Rows left SENDING longer than the limit (a sender stopped mid-way) become UNCERTAIN. */
  int uncertain(Duration olderThan) {
    return jdbc.sql(
            """
            update notification_delivery set state = 'UNCERTAIN',
              last_error = 'Dừng giữa lúc gửi: có thể đã gửi, không tự gửi lại'
            where state = 'SENDING' and claimed_at < now() - make_interval(secs => :seconds)
            """)
        .param("seconds", olderThan.toSeconds())
        .update();
  }

  /** An administrator sends it again; false when the row is not failed or uncertain. */
  boolean retry(long id) {
    return jdbc.sql(
                """
                update notification_delivery set state = 'PENDING', next_attempt_at = now()
                where id = :id and state in ('FAILED', 'UNCERTAIN')
                """)
            .param("id", id)
            .update()
        > 0;
  }

  Optional<Delivery> find(long id) {
    return jdbc.sql(SELECT + " where d.id = :id")
        .param("id", id)
        .query(OutboxRepository::delivery)
        .optional();
  }

  /** The rows not sent, and those sent in the last days, the newest first. */
  List<Delivery> recent(int days, int limit) {
    return jdbc.sql(
            SELECT
                + """
                 where d.state <> 'SENT' or d.sent_at > now() - make_interval(days => :days)
                order by d.created_at desc, d.id desc limit :limit
                """)
        .param("days", days)
        .param("limit", limit)
        .query(OutboxRepository::delivery)
        .list();
  }

  /** Seconds the oldest row waiting has waited past its time (0 when none waits). */
  double lagSeconds() {
    return jdbc.sql(
            """
            select coalesce(extract(epoch from now() - min(next_attempt_at)), 0)
            from notification_delivery where state = 'PENDING' and next_attempt_at <= now()
            """)
        .query(Double.class)
        .single();
  }

  /** Digests waiting: not yet sent and not given up. */
  double pending() {
    return jdbc.sql("select count(*) from notification_delivery where state = 'PENDING'")
        .query(Double.class)
        .single();
  }

  private static Delivery delivery(ResultSet rs, int n) throws SQLException {
    return new Delivery(
        rs.getLong("id"),
        rs.getLong("account_id"),
        null,
        Delivery.Channel.valueOf(rs.getString("channel")),
        rs.getObject("digest_day", LocalDate.class),
        Delivery.State.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class),
        rs.getString("last_error"));
  }
}
