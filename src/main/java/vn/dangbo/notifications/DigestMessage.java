package vn.dangbo.notifications;

import java.util.List;

/**
 * What a digest says outside the app: the recipient's own name, counts by kind, and a link. No
 * other personal data: no member's name, no number, no place.
 */
public record DigestMessage(
    long deliveryId,
    String recipientName,
    String email,
    String phone,
    String subject,
    String text,
    String html,
    List<DigestLine> lines,
    int due,
    int overdue,
    String link) {}
