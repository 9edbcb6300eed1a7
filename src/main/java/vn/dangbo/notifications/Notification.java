package vn.dangbo.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A notification an account was given: what, about whom or what, by when, read or not. */
public record Notification(
    long id,
    NotificationKind kind,
    String what,
    String argument,
    String about,
    LocalDate dueOn,
    boolean overdue,
    String link,
    LocalDate createdOn,
    OffsetDateTime readAt) {

  public boolean read() {
    return readAt != null;
  }
}
