package vn.dangbo.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * What a user does with their notifications: reads the list and the count, marks them read, chooses
 * per kind whether and by which channel to be told, and gives an email or phone. An administrator
 * sets the defaults per role. Everything is the user's own: no one sees another's.
 */
@Service
public class NotificationInbox {

  private final NotificationRepository notifications;
  private final ChannelChoices choices;
  private final Clock clock;

  NotificationInbox(NotificationRepository notifications, ChannelChoices choices, Clock clock) {
    this.notifications = notifications;
    this.choices = choices;
    this.clock = clock;
  }

  /** The user's list: unread first, then the newest. */
  @Transactional(readOnly = true)
  public List<Notification> list(CurrentUser user) {
    return notifications.of(user.accountId(), 200);
  }

  @Transactional(readOnly = true)
  public int unread(CurrentUser user) {
    return notifications.unread(user.accountId());
  }

  /** Today's digest as the email would count it, in the app. */
  @Transactional(readOnly = true)
  public List<DigestLine> today(CurrentUser user) {
    return notifications.digest(user.accountId(), LocalDate.now(clock), true);
  }

  /**
   * Marks one of the user's notifications read: 404 for one that is not theirs. Answers the page it
   * is about.
   */
  @Transactional
  public String markRead(long id, CurrentUser user) {
    return notifications
        .markRead(user.accountId(), id)
        .orElseThrow(() -> new NotFoundException("notify.notFound"));
  }

  @Transactional
  public void markAllRead(CurrentUser user) {
    notifications.markAllRead(user.accountId());
  }

  /** The user's channels per kind: their own choices over their role's defaults. */
  @Transactional(readOnly = true)
  public Map<NotificationKind, Channels> preferences(CurrentUser user) {
    return choices.of(
        user.accountId(), user.role(), user.organizationId(), user.committeeMemberId());
  }

  @Transactional(readOnly = true)
  public Contact contact(CurrentUser user) {
    return notifications.contact(user.accountId()).orElse(new Contact(null, null));
  }

  /**
   * Saves the user's choices of the kinds given and their contact: a channel outside the app needs
   * its address (email for email, phone for SMS) for every kind it is chosen for.
   */
  @Transactional
  public void choose(
      Map<NotificationKind, Channels> choices, String email, String phone, CurrentUser user) {
    var contact = Contact.checked(email, phone);
    var merged = preferences(user);
    merged.putAll(choices);
    for (var choice : merged.values()) {
      if (choice.email() && contact.email() == null) {
        throw RefusedException.forField("email", "notify.refused.emailNeeded");
      }
      if (choice.sms() && contact.phone() == null) {
        throw RefusedException.forField("phone", "notify.refused.phoneNeeded");
      }
    }
    notifications.setContact(user.accountId(), contact);
    choices.forEach(
        (kind, channels) -> notifications.setPreference(user.accountId(), kind, channels));
  }

  /** The roles whose defaults an office sets: those the daily job tells. */
  public static final List<Role> ROLES_TOLD = DailyNotifications.TOLD;

  /**
   * The defaults of a role at an organisation: set by its office (or an administrator), inherited
   * from above until then.
   */
  @Transactional(readOnly = true)
  public Map<NotificationKind, Channels> defaults(long organization, Role role, CurrentUser user) {
    requireOffice(organization, user);
    return choices.defaultsAt(organization, role);
  }

  @Transactional
  public void setDefaults(
      long organization, Role role, Map<NotificationKind, Channels> defaults, CurrentUser user) {
    requireOffice(organization, user);
    if (!ROLES_TOLD.contains(role)) {
      throw RefusedException.forField("role", "notify.refused.role");
    }
    defaults.forEach(
        (kind, channels) -> notifications.setDefault(organization, role, kind, channels));
  }

  /** The outbox is for administrators. */
  public void requireAdministrator(CurrentUser user) {
    if (user.role() != Role.ADMINISTRATOR) {
      throw new ForbiddenException("notify.forbidden");
    }
  }

  /** The role named, when it is one the defaults are set for. */
  public static Optional<Role> roleTold(String name) {
    return ROLES_TOLD.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * Refuses anyone but the organisation's office or an administrator (called before a form is read,
   * and by the work itself).
   */
  public void requireOffice(long organization, CurrentUser user) {
    if (!user.role().administers() || !user.scope().canManage(organization)) {
      throw new ForbiddenException("notify.forbidden");
    }
  }
}
