package vn.dangbo.demo;

import java.util.EnumMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.notifications.Channels;
import vn.dangbo.notifications.DailyNotifications;
import vn.dangbo.notifications.NotificationInbox;
import vn.dangbo.notifications.NotificationKind;
import vn.dangbo.notifications.Outbox;

/**
 * Notifications in the demo: the village secretary of Làng Chếu wants monthly reports and dues by
 * text message too (the log stands in for the gateway), and every start computes what is due today,
 * as the 06:00 job would, and sends what waits.
 */
@Component
@Profile("demo")
class DemoNotifications {

  private final UserAccounts accounts;
  private final NotificationInbox inbox;
  private final DailyNotifications daily;
  private final Outbox outbox;

  DemoNotifications(
      UserAccounts accounts, NotificationInbox inbox, DailyNotifications daily, Outbox outbox) {
    this.accounts = accounts;
    this.inbox = inbox;
    this.daily = daily;
    this.outbox = outbox;
  }

  @EventListener(ApplicationReadyEvent.class)
  void today() {
    accounts
        .findByUsername("bithu.langcheu")
        .ifPresent(
            secretary -> {
              var user =
                  new CurrentUser(
                      secretary.id(),
                      secretary.username(),
                      secretary.displayName(),
                      secretary.role(),
                      secretary.organizationId(),
                      null,
                      OrganizationScope.all());
              if (inbox.contact(user).phone() == null) {
                var choices = new EnumMap<NotificationKind, Channels>(NotificationKind.class);
                choices.put(NotificationKind.MONTHLY_REPORTS, new Channels(true, false, true));
                choices.put(NotificationKind.DUES, new Channels(true, false, true));
                inbox.choose(choices, null, "0912000111", user);
                // the first start tells at once; later days are the 06:00 job's (db-scheduler
                // runs a missed day when the app starts)
                daily.run();
                outbox.sendDue();
              }
            });
  }
}
