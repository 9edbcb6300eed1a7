package vn.dangbo.shared;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A job a module wants run on a schedule: daily at a time of Vietnam's clock, or again a while
 * after each run. Modules declare them as beans; the application runs them all from one scheduler,
 * one instance at a time however many share the database.
 */
public record RecurringJob(String name, LocalTime dailyAt, Duration every, Runnable work) {

  public RecurringJob {
    if ((dailyAt == null) == (every == null)) {
      throw new IllegalArgumentException("a job runs daily or every so often: " + name);
    }
  }

  public static RecurringJob daily(String name, LocalTime at, Runnable work) {
    return new RecurringJob(name, at, null, work);
  }

  public static RecurringJob every(String name, Duration every, Runnable work) {
    return new RecurringJob(name, null, every, work);
  }
}
