package vn.dangbo.notifications;

import java.util.Map;

/**
 * A gateway for short messages (SMS, or Zalo's notification service): a template and its
 * parameters, sent once per key.
 */
public interface SmsGateway {

  void send(String phone, String templateId, Map<String, String> parameters, String key)
      throws Exception;
}
