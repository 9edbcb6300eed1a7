package vn.dangbo.notifications;

import java.time.LocalDate;

/**
 * One thing due for a user, as its source says it: the kind, a key naming the item (so that it is
 * told once), the message code and its argument, who or what it is about, the day it falls due (or
 * null), whether that day has passed, and the page that shows it.
 */
public record DueItem(
    NotificationKind kind,
    String key,
    String what,
    String argument,
    String about,
    LocalDate dueOn,
    boolean overdue,
    String link) {}
