package vn.dangbo.notifications;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dangbo.shared.RecurringJob;

/** The daily computation (06:00 by default) and the sender (every minute). */
@Configuration(proxyBeanMethods = false)
class NotificationJobs {

  static final String DAILY = "notifications-daily";
  static final String SEND = "notifications-send";

  @Bean
  RecurringJob notificationsDaily(
      DailyNotifications daily,
      @Value("${dangbo.notifications.daily-at:06:00}") LocalTime dailyAt) {
    return RecurringJob.daily(DAILY, dailyAt, daily::run);
  }

  @Bean
  RecurringJob notificationsSend(
      Outbox outbox, @Value("${dangbo.notifications.send-every:1m}") Duration sendEvery) {
    return RecurringJob.every(SEND, sendEvery, outbox::sendDue);
  }
}
