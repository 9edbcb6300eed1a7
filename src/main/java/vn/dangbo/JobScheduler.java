package vn.dangbo;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.dangbo.shared.RecurringJob;

/**
 * Runs the modules' recurring jobs ({@link RecurringJob} beans) with db-scheduler, from its table
 * {@code scheduled_tasks}: the table's row lock lets one instance run each job at a time, however
 * many instances share the database, and a job an instance died in is taken up by another once its
 * heartbeat stops. Off with {@code dangbo.scheduler.enabled=false} (the tests run the jobs
 * themselves).
 */
@Component
@ConditionalOnProperty(
    name = "dangbo.scheduler.enabled",
    havingValue = "true",
    matchIfMissing = true)
public class JobScheduler implements SmartLifecycle {

  private final Scheduler scheduler;
  private volatile boolean running;

  JobScheduler(DataSource dataSource, List<RecurringJob> jobs, Clock clock) {
    this.scheduler = scheduler(dataSource, jobs, clock, null);
  }

  /**
   * A scheduler of the jobs; several may run against one database. Named after the host unless a
   * name is given.
   */
  public static Scheduler scheduler(
      DataSource dataSource, List<RecurringJob> jobs, Clock clock, String name) {
    List<RecurringTask<Void>> tasks =
        jobs.stream()
            .map(
                job ->
                    Tasks.recurring(
                            job.name(),
                            job.dailyAt() != null
                                ? Schedules.daily(clock.getZone(), job.dailyAt())
                                : Schedules.fixedDelay(job.every()))
                        .execute((instance, context) -> job.work().run()))
            .toList();
    var builder =
        Scheduler.create(dataSource)
            .startTasks(tasks)
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
