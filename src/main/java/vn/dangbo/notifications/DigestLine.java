package vn.dangbo.notifications;

/** A line of a digest: so many things of a kind due, so many overdue. Counts only. */
public record DigestLine(NotificationKind kind, int due, int overdue) {}
