package vn.dangbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.dangbo.database.BackupCommand;

/**
 * dangbo: the party-building work of a commune party committee and its cells. Started with {@code
 * backup FILE} or {@code restore FILE} it only backs up or restores the database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
public class DangboApplication {

  public static void main(String[] args) {
    if (BackupCommand.handles(args)) {
      System.exit(BackupCommand.run(args));
    }
    SpringApplication.run(DangboApplication.class, args);
  }
}
