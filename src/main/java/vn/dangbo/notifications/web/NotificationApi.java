package vn.dangbo.notifications.web;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.notifications.Channels;
import vn.dangbo.notifications.Delivery;
import vn.dangbo.notifications.Notification;
import vn.dangbo.notifications.NotificationInbox;
import vn.dangbo.notifications.NotificationKind;
import vn.dangbo.notifications.Outbox;
import vn.dangbo.organization.OwnWrite;

/** The user's notifications and choices in the API; the outbox for administrators. */
@RestController
class NotificationApi {

  private final NotificationInbox inbox;
  private final Outbox outbox;

  NotificationApi(NotificationInbox inbox, Outbox outbox) {
    this.inbox = inbox;
    this.outbox = outbox;
  }

  /** The count for a bell. */
  record Unread(int unread) {}

  /** The user's choices and where to send. */
  record Preferences(Map<NotificationKind, Channels> kinds, String email, String phone) {}

  @GetMapping("/api/v1/notifications")
  List<Notification> list(CurrentUser user) {
    return inbox.list(user);
  }

  @GetMapping("/api/v1/notifications/unread")
  Unread unread(CurrentUser user) {
    return new Unread(inbox.unread(user));
  }

  @OwnWrite
  @PostMapping("/api/v1/notifications/{id}/read")
  Unread read(@PathVariable long id, CurrentUser user) {
    inbox.markRead(id, user);
    return new Unread(inbox.unread(user));
  }

  @GetMapping("/api/v1/notifications/preferences")
  Preferences preferences(CurrentUser user) {
    var contact = inbox.contact(user);
    return new Preferences(inbox.preferences(user), contact.email(), contact.phone());
  }

  /** Replaces the choices of the kinds given (the others stay) and the contact. */
  @OwnWrite
  @PutMapping("/api/v1/notifications/preferences")
  Preferences choose(@RequestBody Preferences preferences, CurrentUser user) {
    inbox.choose(
        preferences.kinds() == null ? Map.of() : preferences.kinds(),
        preferences.email(),
        preferences.phone(),
        user);
    return preferences(user);
  }

  @GetMapping("/api/v1/admin/notification-deliveries")
  List<Delivery> deliveries(CurrentUser user) {
    inbox.requireAdministrator(user);
    return outbox.recent();
  }
}
