package vn.dangbo;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up the demo commune's organisations for tests, by code or by name. */
@Component
public class Demo {

  public static final LocalDate BEFORE_MERGER = LocalDate.of(2024, 12, 31);
  public static final LocalDate AFTER_MERGER = LocalDate.of(2025, 8, 1);
  public static final String PASSWORD = "Dangbo@2025";

  private final JdbcClient jdbc;

  Demo(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long code(String code) {
    return jdbc.sql("select id from organization where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  /** An organisation by any name it ever had. */
  public long named(String name) {
    return jdbc.sql("select distinct organization_id from organization_version where name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
