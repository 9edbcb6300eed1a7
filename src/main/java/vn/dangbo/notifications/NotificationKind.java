package vn.dangbo.notifications;

/**
 * What a notification is about. Each kind has its source (another module's published "what is due"
 * answer), and is on or off per user and channel.
 */
public enum NotificationKind {
  /** A development step, a certificate, probation or a recognition due or overdue. */
  STEPS,
  /** A cell that has not met this month by the 25th. */
  MEETINGS,
  /** A congress due within the reminder's months, or overdue. */
  CONGRESSES,
  /** A monthly cell report missing after its deadline, or returned to the cell. */
  MONTHLY_REPORTS,
  /** A member with two months of dues unpaid (or as many as the dues alert). */
  DUES,
  /** A member working away out of touch too long. */
  AWAY,
  /** A member reaching a party badge's years soon. */
  BADGES
}
