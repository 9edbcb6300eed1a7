package vn.dangbo.notifications;

import org.springframework.stereotype.Component;
import vn.dangbo.accounts.Bell;

/**
 * The count on the bell in every page's header, put in the page's model as it is drawn: one indexed
 * count, no second request.
 */
@Component
class NotificationBell implements Bell {

  private final NotificationRepository notifications;

  NotificationBell(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @Override
  public int unread(long account) {
    return notifications.unread(account);
  }
}
