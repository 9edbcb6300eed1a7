package vn.dangbo.members;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.dangbo.shared.FigurePlanning;

/** The flows of members between two days: who came, went, was admitted or recognised. */
@Service
public class MemberFlows {

  private final JdbcClient jdbc;

  MemberFlows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * How the cells' member total changed in a period: who came in (admitted, re-admitted,
   * transferred in, moved in from a cell outside the set, recorded otherwise) and who went out
   * (deceased, removed, expelled, transferred out, moved to a cell outside the set, otherwise), and
   * the probationary members recognised as official. The total on the day before the period plus
   * what came in less what went out is the total on its last day.
   */
  public record Flows(
      int admitted,
      int readmitted,
      int transferredIn,
      int movedIn,
      int recordedIn,
      int deceased,
      int removed,
      int expelled,
      int transferredOut,
      int movedOut,
      int otherOut,
      int recognised) {

    public int in() {
      return admitted + readmitted + transferredIn + movedIn + recordedIn;
    }

    public int out() {
      return deceased + removed + expelled + transferredOut + movedOut + otherOut;
    }
  }

  /** The flows of the cells' members between two days, both included. */
  public Flows flows(Collection<Long> cellIds, LocalDate from, LocalDate to) {
    FigurePlanning.forThisTransaction(jdbc);
    return jdbc.sql(
            """
            with entries as (
              select c.kind, c.to_status, c.effective_on, c.cell_id,
                lag(c.to_status) over w as prev_status, lag(c.cell_id) over w as prev_cell
              from member_status_change c
              where c.member_id in (select member_id from member_status_change
                                    where cell_id = any(:cells))
                and c.member_id in (select member_id from member_status_change
                                    where effective_on between :from and :to)
                and c.effective_on <= :to
              window w as (partition by c.member_id order by c.effective_on, c.id)
            ), changes as (
              select *,
                coalesce(prev_cell = any(:cells) and prev_status = any(:counted), false) as was_in,
                (cell_id = any(:cells) and to_status = any(:counted)) as is_in
              from entries where effective_on between :from and :to
            )
            select
              count(*) filter (where is_in and not was_in and kind = 'STATUS'
                and prev_status is null and to_status = 'PROBATIONARY') as admitted,
              count(*) filter (where is_in and not was_in and kind = 'STATUS'
                and prev_status in ('REMOVED', 'EXPELLED')) as readmitted,
              count(*) filter (where is_in and not was_in and kind = 'TRANSFER_IN')
                as transferred_in,
              count(*) filter (where is_in and not was_in and kind = 'MOVE') as moved_in,
              count(*) filter (where is_in and not was_in and kind = 'STATUS'
                and not (prev_status is null and to_status = 'PROBATIONARY')
                and coalesce(prev_status not in ('REMOVED', 'EXPELLED'), true)) as recorded_in,
              count(*) filter (where was_in and not is_in and to_status = 'DECEASED') as deceased,
              count(*) filter (where was_in and not is_in and to_status = 'REMOVED') as removed,
              count(*) filter (where was_in and not is_in and to_status = 'EXPELLED') as expelled,
              count(*) filter (where was_in and not is_in and to_status = 'TRANSFERRED_OUT')
                as transferred_out,
              count(*) filter (where was_in and not is_in and kind = 'MOVE') as moved_out,
              count(*) filter (where was_in and not is_in and kind <> 'MOVE' and to_status not in
                ('DECEASED', 'REMOVED', 'EXPELLED', 'TRANSFERRED_OUT')) as other_out,
              count(*) filter (where is_in and prev_status = 'PROBATIONARY'
                and to_status = 'OFFICIAL') as recognised
            from changes
            """)
        .param("cells", cellIds.toArray(Long[]::new))
        .param("counted", MemberStatistics.COUNTED)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new Flows(
                    rs.getInt("admitted"),
                    rs.getInt("readmitted"),
                    rs.getInt("transferred_in"),
                    rs.getInt("moved_in"),
                    rs.getInt("recorded_in"),
                    rs.getInt("deceased"),
                    rs.getInt("removed"),
                    rs.getInt("expelled"),
                    rs.getInt("transferred_out"),
                    rs.getInt("moved_out"),
                    rs.getInt("other_out"),
                    rs.getInt("recognised")))
        .single();
  }
}
