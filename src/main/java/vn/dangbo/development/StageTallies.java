package vn.dangbo.development;

import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.shared.RecurringJob;

/**
 * The check of the cells' kept counts of people in development by stage ({@code
 * candidate_stage_tally}, kept by the database, V61): every night (03:00 by default) they are
 * compared with a count of the candidates; a cell that differs is written to the log and counted
 * again.
 */
@Component
class StageTallies {

  private static final Logger log = LoggerFactory.getLogger(StageTallies.class);

  private final JdbcClient jdbc;

  StageTallies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Bean
  RecurringJob checkStageTallies(@Value("${dangbo.figures.check-at:03:00}") LocalTime at) {
    return RecurringJob.daily("stage-tally-check", at, this::check);
  }

  /** Compares every cell's kept row with a count; returns the number of cells that differed. */
  public int check() {
    List<Long> differed =
        jdbc.sql(
                """
                select coalesce(t.cell_id, c.cell_id) from candidate_stage_tally t
                full join (
                  select cell_id, jsonb_object_agg(stage, people) as stages from (
                    select cell_id, stage, count(*) as people from candidate
                    where stage not in ('ADMITTED', 'LEFT') group by cell_id, stage) s
                  group by cell_id) c on c.cell_id = t.cell_id
                where coalesce(t.stages, '{}') <> coalesce(c.stages, '{}')
                order by 1
                """)
            .query(Long.class)
            .list();
    if (!differed.isEmpty()) {
      log.warn(
          "The kept counts by stage of {} cells differed from a count of their candidates and"
              + " were counted again: {}",
          differed.size(),
          differed);
      jdbc.sql("select candidate_stage_tally_refresh(:cells)")
          .param("cells", differed.toArray(Long[]::new))
          .query()
          .listOfRows();
    }
    log.info("Counts by stage checked against the candidates: {} cells differed", differed.size());
    return differed.size();
  }
}
