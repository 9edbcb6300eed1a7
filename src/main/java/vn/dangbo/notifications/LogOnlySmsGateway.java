package vn.dangbo.notifications;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default gateway: writes to the log what would be sent, with the phone masked. */
class LogOnlySmsGateway implements SmsGateway {

  private static final Logger log = LoggerFactory.getLogger(LogOnlySmsGateway.class);

  @Override
  public void send(String phone, String templateId, Map<String, String> parameters, String key) {
    String masked =
        phone.length() <= 4
            ? "****"
            : phone.substring(0, 2)
                + "*".repeat(phone.length() - 4)
                + phone.substring(phone.length() - 2);
    log.info("SMS (log only) to {}: template {} {} [{}]", masked, templateId, parameters, key);
  }
}
