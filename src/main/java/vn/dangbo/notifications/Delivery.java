package vn.dangbo.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A digest to send to an account by a channel for a day: the outbox's row. */
public record Delivery(
    long id,
    long accountId,
    String username,
    Channel channel,
    LocalDate digestDay,
    State state,
    int attempts,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime sentAt,
    String lastError) {

  /** The same row with the account's user name, for the administrator's list. */
  Delivery named(String name) {
    return new Delivery(
        id, accountId, name, channel, digestDay, state, attempts, nextAttemptAt, sentAt, lastError);
  }

  public enum Channel {
    EMAIL,
    SMS
  }

  /**
   * PENDING waits for its time; SENDING is taken by a sender; SENT is done; FAILED gave up after
   * the retries; UNCERTAIN was being sent when the sender stopped, and is not sent again unless an
   * administrator asks (it may have gone out).
   */
  public enum State {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    UNCERTAIN
  }
}
