package vn.dangbo.meetings;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.shared.RecurringJob;

/**
 * The check of the kept meetings of each organisation's year ({@code meeting_year_tally}, kept by
 * the database, V61): every night (03:00 by default) they are compared with a count of the
 * meetings; a year that differs is written to the log and counted again.
 */
@Component
class MeetingYearTallies {

  private static final Logger log = LoggerFactory.getLogger(MeetingYearTallies.class);

  private final JdbcClient jdbc;

  MeetingYearTallies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Bean
  RecurringJob checkMeetingYearTallies(@Value("${dangbo.figures.check-at:03:00}") LocalTime at) {
    return RecurringJob.daily("meeting-year-tally-check", at, this::check);
  }

  /** Compares every kept year with a count; returns the number of years that differed. */
  public int check() {
    var organizations = new ArrayList<Long>();
    var years = new ArrayList<Integer>();
    jdbc.sql(
            """
            with k (o, y) as (
              select organization_id, cast(extract(year from held_on) as integer) from meeting
              union
              select organization_id, year from meeting_year_tally)
            select c.organization_id, c.year
            from meeting_year_counted(array(select o from k order by o, y),
                                      array(select y from k order by o, y)) c
            left join meeting_year_tally t
              on t.organization_id = c.organization_id and t.year = c.year
            where (t.regular, t.present, t.counted, t.guests, t.thematic)
                  is distinct from (c.regular, c.present, c.counted, c.guests, c.thematic)
            order by 1, 2
            """)
        .query(
            rs -> {
              organizations.add(rs.getLong(1));
              years.add(rs.getInt(2));
            });
    if (!organizations.isEmpty()) {
      List<String> which = new ArrayList<>();
      for (int i = 0; i < organizations.size(); i++) {
        which.add(organizations.get(i) + "/" + years.get(i));
      }
      log.warn(
          "The kept meetings of {} years differed from a count of the meetings and were counted"
              + " again (organisation/year): {}",
          which.size(),
          which);
      jdbc.sql("select meeting_year_tally_refresh(:organizations, :years)")
          .param("organizations", organizations.toArray(Long[]::new))
          .param("years", years.toArray(Integer[]::new))
          .query()
          .listOfRows();
    }
    log.info("Meetings by year checked against the meetings: {} differed", organizations.size());
    return organizations.size();
  }
}
