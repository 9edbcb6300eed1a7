package vn.dangbo.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.accounts.Scopes;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.identity.Role;

/**
 * The daily job: for each account that looks after units (offices, committee members in charge,
 * cell secretaries), what is due in its own units, each item written once as a notification; and
 * for the channels the account wants outside the app, one digest delivery for the day.
 */
@Service
public class DailyNotifications {

  private static final Logger log = LoggerFactory.getLogger(DailyNotifications.class);

  /** The roles told: those who look after units. */
  static final List<Role> TOLD =
      List.of(Role.COMMITTEE_OFFICE, Role.COMMITTEE_MEMBER_IN_CHARGE, Role.CELL_SECRETARY);

  private final UserAccounts accounts;
  private final Scopes scopes;
  private final DueSources sources;
  private final NotificationRepository notifications;
  private final ChannelChoices choices;
  private final Outbox outbox;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DailyNotifications(
      UserAccounts accounts,
      Scopes scopes,
      DueSources sources,
      NotificationRepository notifications,
      ChannelChoices choices,
      Outbox outbox,
      TransactionTemplate transaction,
      Clock clock) {
    this.accounts = accounts;
    this.scopes = scopes;
    this.sources = sources;
    this.notifications = notifications;
    this.choices = choices;
    this.outbox = outbox;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Runs for today; answers how many notifications were new. */
  public int run() {
    return run(LocalDate.now(clock));
  }

  /** Runs for the day, each account in its own transaction; answers how many were new. */
  public int run(LocalDate today) {
    int added = 0;
    for (var account : accounts.findAll()) {
      if (!account.enabled() || !TOLD.contains(account.role())) {
        continue;
      }
      try {
        Integer n = transaction.execute(status -> forAccount(account, today));
        added += n == null ? 0 : n;
      } catch (RuntimeException e) {
        // one account's trouble (an ended organisation, say) does not stop the others
        log.warn("Notifications for {} not computed: {}", account.username(), e.toString());
      }
    }
    return added;
  }

  private int forAccount(UserAccount account, LocalDate today) {
    var channels =
        choices.of(
            account.id(), account.role(), account.organizationId(), account.committeeMemberId());
    var kinds = EnumSet.noneOf(NotificationKind.class);
    channels.forEach(
        (kind, c) -> {
          if (c.any()) {
            kinds.add(kind);
          }
        });
    if (kinds.isEmpty()) {
      return 0;
    }
    int added = 0;
    boolean email = false;
    boolean sms = false;
    for (var item : sources.of(account.role(), scopes.of(account), kinds, today)) {
      if (notifications.add(account.id(), item, today, channels.get(item.kind()).inApp())) {
        added++;
        email |= channels.get(item.kind()).email();
        sms |= channels.get(item.kind()).sms();
      }
    }
    var contact = notifications.contact(account.id()).orElse(new Contact(null, null));
    if (email && contact.email() != null) {
      outbox.enqueue(account.id(), Delivery.Channel.EMAIL, today);
    }
    if (sms && contact.phone() != null) {
      outbox.enqueue(account.id(), Delivery.Channel.SMS, today);
    }
    return added;
  }
}
