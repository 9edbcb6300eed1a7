package vn.dangbo.notifications;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through the SMTP server of {@code spring.mail.*}: plain text and HTML, with a Message-ID
 * made from the delivery, so that a mail client shows a message sent twice once.
 */
@Component
class EmailChannel implements DeliveryChannel {

  private final ObjectProvider<JavaMailSender> mail;
  private final String from;

  EmailChannel(
      ObjectProvider<JavaMailSender> mail,
      @Value("${dangbo.notifications.email.from:dangbo@localhost}") String from) {
    this.mail = mail;
    this.from = from;
  }

  @Override
  public Delivery.Channel channel() {
    return Delivery.Channel.EMAIL;
  }

  @Override
  public void send(DigestMessage message) throws Exception {
    var sender = mail.getIfAvailable();
    if (sender == null) {
      throw new IllegalStateException("Chưa cấu hình máy chủ thư (spring.mail.host)");
    }
    MimeMessage mime =
        new MimeMessage(sender.createMimeMessage().getSession()) {
          @Override
          protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", "<delivery-" + message.deliveryId() + "@dangbo>");
          }
        };
    var helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(message.email());
    helper.setSubject(message.subject());
    helper.setText(message.text(), message.html());
    sender.send(mime);
  }
}
