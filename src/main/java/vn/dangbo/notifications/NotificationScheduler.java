package vn.dangbo.notifications;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The two recurring jobs, run by db-scheduler from its table: the daily computation at the
 * configured time (Vietnam's clock) and the sender every minute. The table's row lock lets one
 * instance run each job at a time, however many instances share the database; a job an instance was
 * running when it died is picked up by another after its heartbeat stops. Off with {@code
 * dangbo.notifications.scheduler.enabled=false} (the tests run the jobs themselves).
 */
@Component
@ConditionalOnProperty(
    name = "dangbo.notifications.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
class NotificationScheduler implements SmartLifecycle {

  static final String DAILY = "notifications-daily";
  static final String SEND = "notifications-send";

  private final Scheduler scheduler;
  private volatile boolean running;

  NotificationScheduler(
      DataSource dataSource,
      DailyNotifications daily,
      Outbox outbox,
      Clock clock,
      @Value("${dangbo.notifications.daily-at:06:00}") LocalTime dailyAt,
      @Value("${dangbo.notifications.send-every:1m}") Duration sendEvery) {
    this.scheduler = scheduler(dataSource, daily, outbox, clock, dailyAt, sendEvery, null);
  }

  /**
   * A scheduler with the two jobs; several may run against one database. Named after the host
   * unless a name is given.
   */
  static Scheduler scheduler(
      DataSource dataSource,
      DailyNotifications daily,
      Outbox outbox,
      Clock clock,
      LocalTime dailyAt,
      Duration sendEvery,
      String name) {
    RecurringTask<Void> compute =
        Tasks.recurring(DAILY, Schedules.daily(clock.getZone(), dailyAt))
            .execute((instance, context) -> daily.run());
    RecurringTask<Void> send =
        Tasks.recurring(SEND, Schedules.fixedDelay(sendEvery))
            .execute((instance, context) -> outbox.sendDue());
    var builder =
        Scheduler.create(dataSource)
            .startTasks(compute, send)
            .threads(2)
            .pollingInterval(Duration.ofSeconds(10));
    if (name != null) {
      builder.schedulerName(new SchedulerName.Fixed(name));
    }
    return builder.build();
  }

  @Override
  public void start() {
    scheduler.start();
    running = true;
  }

  @Override
  public void stop() {
    scheduler.stop();
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
