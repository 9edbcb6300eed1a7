package vn.dangbo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** dangbo: the party-building work of a commune party committee and its cells. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DangboApplication {

  public static void main(String[] args) {
    SpringApplication.run(DangboApplication.class, args);
  }
}
