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

  /** An official member of the named cell with nothing paid this month and no relief. */
  public long memberOwingThisMonth(String cellName) {
    return jdbc.sql(
            """
            select min(m.id) from member m
            where m.cell_id = :cell and m.status = 'OFFICIAL'
              and not exists (select 1 from dues_payment p where p.member_id = m.id
                              and p.month = date_trunc('month', current_date))
              and not exists (select 1 from dues_relief r where r.member_id = m.id)
            """)
        .param("cell", named(cellName))
        .query(Long.class)
        .single();
  }

  /**
   * Ends the organisation and its current name on the day, or opens them again (null); committed by
   * the caller, so that the change is announced.
   */
  public void end(long organization, LocalDate day) {
    jdbc.sql("update organization set valid_to = :day where id = :id")
        .param("day", day)
        .param("id", organization)
        .update();
    jdbc.sql(
            "update organization_version set valid_to = :day where organization_id = :id"
                + " and valid_from = (select max(valid_from) from organization_version"
                + " where organization_id = :id)")
        .param("day", day)
        .param("id", organization)
        .update();
  }
}
