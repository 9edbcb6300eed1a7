package vn.dangbo.notifications;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SMS or Zalo through a gateway: the template's parameters are the recipient's name, the counts and
 * the short link. The gateway is HTTP when {@code dangbo.notifications.sms.url} is set, else the
 * log.
 */
@Component
class SmsChannel implements DeliveryChannel {

  private final SmsGateway gateway;
  private final String templateId;

  SmsChannel(
      @Value("${dangbo.notifications.sms.url:}") String url,
      @Value("${dangbo.notifications.sms.token:}") String token,
      @Value("${dangbo.notifications.sms.template-id:dangbo-digest}") String templateId) {
    this.gateway = url.isBlank() ? new LogOnlySmsGateway() : new HttpSmsGateway(url, token);
    this.templateId = templateId;
  }

  @Override
  public Delivery.Channel channel() {
    return Delivery.Channel.SMS;
  }

  @Override
  public void send(DigestMessage message) throws Exception {
    gateway.send(
        message.phone(),
        templateId,
        Map.of(
            "name", message.recipientName(),
            "due", String.valueOf(message.due()),
            "overdue", String.valueOf(message.overdue()),
            "link", message.link()),
        "dangbo-delivery-" + message.deliveryId());
  }
}
