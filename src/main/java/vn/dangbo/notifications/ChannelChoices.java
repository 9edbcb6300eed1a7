package vn.dangbo.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;

/**
 * Which channels an account is told by, per kind: the account's own choice; else the default its
 * office (or an office above it) set for its role; else in the app only.
 */
@Component
class ChannelChoices {

  private final NotificationRepository notifications;
  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  ChannelChoices(
      NotificationRepository notifications,
      Organizations organizations,
      CommitteeMembers committeeMembers,
      Clock clock) {
    this.notifications = notifications;
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  /**
   * The account's channels: its anchor is its organisation, or for a committee member in charge the
   * committee they sit on.
   */
  Map<NotificationKind, Channels> of(
      long account, Role role, Long organization, Long committeeMember) {
    Long anchor = organization;
    if (anchor == null && committeeMember != null) {
      anchor = committeeMembers.find(committeeMember).map(m -> m.committeeId()).orElse(null);
    }
    return notifications.channels(account, role, upFrom(anchor));
  }

  /** The defaults that apply to the role at the organisation: its own, or those above it. */
  Map<NotificationKind, Channels> defaultsAt(long organization, Role role) {
    return notifications.defaults(role, upFrom(organization));
  }

  private List<Long> upFrom(Long organization) {
    return organization == null
        ? List.of()
        : organizations.selfAndAncestorsOn(organization, LocalDate.now(clock));
  }
}
