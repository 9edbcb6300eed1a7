package vn.dangbo.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.dangbo.accounts.UserAccounts;

/**
 * Writes a digest for outside the app, in Vietnamese: the recipient's own name, how many things of
 * each kind fall due and how many are overdue, and the link to the list. Nothing else: the names of
 * members and candidates, their numbers and places stay in the app, behind the sign-in.
 */
@Component
class DigestComposer {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final NotificationRepository notifications;
  private final ChannelChoices choices;
  private final UserAccounts accounts;
  private final MessageSource messages;
  private final String baseUrl;

  DigestComposer(
      NotificationRepository notifications,
      ChannelChoices choices,
      UserAccounts accounts,
      MessageSource messages,
      @Value("${dangbo.notifications.base-url:http://localhost:8080}") String baseUrl) {
    this.notifications = notifications;
    this.choices = choices;
    this.accounts = accounts;
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The digest of the delivery: the kinds the account wants by its channel, given that day. */
  DigestMessage compose(Delivery delivery) {
    var account =
        accounts
            .findById(delivery.accountId())
            .orElseThrow(() -> new IllegalStateException("Tài khoản không còn"));
    var contact = notifications.contact(account.id()).orElse(new Contact(null, null));
    var channels =
        choices.of(
            account.id(), account.role(), account.organizationId(), account.committeeMemberId());
    var lines = new ArrayList<DigestLine>();
    for (var line : notifications.digest(account.id(), delivery.digestDay(), false)) {
      var wanted = channels.get(line.kind());
      if (delivery.channel() == Delivery.Channel.EMAIL ? wanted.email() : wanted.sms()) {
        lines.add(line);
      }
    }
    if (delivery.channel() == Delivery.Channel.EMAIL && contact.email() == null
        || delivery.channel() == Delivery.Channel.SMS && contact.phone() == null) {
      throw new IllegalStateException("Người nhận chưa có địa chỉ cho kênh này");
    }
    int due = lines.stream().mapToInt(DigestLine::due).sum();
    int overdue = lines.stream().mapToInt(DigestLine::overdue).sum();
    String link = baseUrl + "/notifications";
    String subject =
        message("notify.digest.subject", DAY.format(delivery.digestDay()), due, overdue);
    return new DigestMessage(
        delivery.id(),
        account.displayName(),
        contact.email(),
        contact.phone(),
        subject,
        text(account.displayName(), delivery.digestDay(), lines, link),
        html(account.displayName(), delivery.digestDay(), lines, link),
        List.copyOf(lines),
        due,
        overdue,
        link);
  }

  private String text(String name, LocalDate day, List<DigestLine> lines, String link) {
    var text = new StringBuilder(message("notify.digest.greeting", name)).append("\n\n");
    text.append(message("notify.digest.intro", DAY.format(day))).append("\n");
    for (var line : lines) {
      text.append("- ").append(line(line)).append("\n");
    }
    text.append("\n").append(message("notify.digest.open")).append("\n").append(link).append("\n");
    text.append("\n").append(message("notify.digest.why")).append("\n");
    return text.toString();
  }

  private String html(String name, LocalDate day, List<DigestLine> lines, String link) {
    var html =
        new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><body style=\"font-size:18px\">");
    html.append("<p>").append(escape(message("notify.digest.greeting", name))).append("</p>");
    html.append("<p>")
        .append(escape(message("notify.digest.intro", DAY.format(day))))
        .append("</p>");
    html.append("<ul>");
    for (var line : lines) {
      html.append("<li>").append(escape(line(line))).append("</li>");
    }
    html.append("</ul><p><a href=\"").append(escape(link)).append("\">");
    html.append(escape(message("notify.digest.open"))).append("</a></p>");
    html.append("<p style=\"color:#555\">").append(escape(message("notify.digest.why")));
    return html.append("</p></body></html>").toString();
  }

  private String line(DigestLine line) {
    return message(
        "notify.digest.line", message("notify.kind." + line.kind()), line.due(), line.overdue());
  }

  private String message(String code, Object... arguments) {
    return messages.getMessage(code, arguments, VIETNAMESE);
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
