package vn.dangbo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;

/**
 * The month-by-month grid of meetings is read from each organisation's kept year, which the
 * database recounts whenever a meeting, its guests or its attendance change; whatever changes them,
 * the grid answers what a count of the meetings answers. Every test rolls its changes back.
 */
@SpringBootTest
class MeetingYearTalliesTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final String[] PRESENCE = {"PRESENT", "EXCUSED", "UNEXCUSED"};

  @Autowired MeetingCompliance compliance;
  @Autowired MeetingYearTallies tallies;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Demo demo;

  private final int year = LocalDate.now().getYear();

  @Test
  void theGridEqualsACountOfTheMeetingsAfterARandomSequenceOfChanges() {
    long taXua = demo.code("TX");
    var random = new Random(20261207);
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          var cells =
              compliance.grid(taXua, year, ALL).stream().map(Compliance.CellYear::cellId).toList();
          var members = ids("select id from member order by id");
          var guests = ids("select id from committee_member order by id");
          var opened = new ArrayList<Long>();
          for (int change = 1; change <= 300; change++) {
            var meetings = ids("select id from meeting order by id");
            long meeting = meetings.get(random.nextInt(meetings.size()));
            switch (random.nextInt(8)) {
              case 0 -> opened.add(hold(cells.get(random.nextInt(cells.size())), random));
              case 1 ->
                  jdbc.sql("update meeting set held_on = :day where id = :id")
                      .param("day", dayAround(random))
                      .param("id", meeting)
                      .update();
              case 2 ->
                  jdbc.sql("update meeting set kind = :kind where id = :id and kind <> 'COMMITTEE'")
                      .param("kind", random.nextBoolean() ? "REGULAR" : "THEMATIC")
                      .param("id", meeting)
                      .update();
              case 3 ->
                  jdbc.sql(
                          """
                          insert into meeting_attendance (meeting_id, member_id, presence, counted)
                          values (:meeting, :member, :presence, :counted) on conflict do nothing
                          """)
                      .param("meeting", meeting)
                      .param("member", members.get(random.nextInt(members.size())))
                      .param("presence", PRESENCE[random.nextInt(PRESENCE.length)])
                      .param("counted", random.nextInt(4) > 0)
                      .update();
              case 4 ->
                  jdbc.sql(
                          "update meeting_attendance set presence = :presence, counted = not counted"
                              + " where meeting_id = :meeting")
                      .param("presence", PRESENCE[random.nextInt(PRESENCE.length)])
                      .param("meeting", meeting)
                      .update();
              case 5 ->
                  jdbc.sql(
                          "insert into meeting_guest (meeting_id, committee_member_id)"
                              + " values (:meeting, :guest) on conflict do nothing")
                      .param("meeting", meeting)
                      .param("guest", guests.get(random.nextInt(guests.size())))
                      .update();
              case 6 ->
                  jdbc.sql("delete from meeting_guest where meeting_id = :meeting")
                      .param("meeting", meeting)
                      .update();
              default -> {
                if (!opened.isEmpty()) {
                  long held = opened.remove(random.nextInt(opened.size()));
                  for (var table : List.of("meeting_attendance", "meeting_guest", "meeting")) {
                    jdbc.sql(
                            "delete from "
                                + table
                                + " where "
                                + (table.equals("meeting") ? "id" : "meeting_id")
                                + " = :id")
                        .param("id", held)
                        .update();
                  }
                }
              }
            }
            if (change % 25 == 0) {
              for (int y = year - 1; y <= year + 1; y++) {
                assertThat(compliance.grid(taXua, y, ALL))
                    .as("the year %d after %d changes", y, change)
                    .isEqualTo(counted(compliance.grid(taXua, y, ALL), y));
              }
            }
          }
          assertThat(tallies.check()).as("years whose kept meetings differ").isZero();
        });
  }

  @Test
  void theCheckFindsAndMendsAYearChangedByHand() {
    transactions.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          var kept =
              jdbc.sql(
                      "select organization_id, year from meeting_year_tally"
                          + " order by year desc, organization_id limit 1")
                  .query((rs, n) -> new long[] {rs.getLong(1), rs.getInt(2)})
                  .single();
          long cell = kept[0];
          int year = (int) kept[1];
          jdbc.sql(
                  "update meeting_year_tally set regular[1] = regular[1] + 5"
                      + " where organization_id = :cell and year = :year")
              .param("cell", cell)
              .param("year", year)
              .update();

          assertThat(tallies.check()).isEqualTo(1);
          var grid = compliance.grid(cell, year, ALL);
          assertThat(grid).isEqualTo(counted(grid, year));
          assertThat(tallies.check()).isZero();
        });
  }

  private long hold(long cell, Random random) {
    return jdbc.sql(
            """
            insert into meeting (organization_id, kind, held_on, planned_on, topic, created_by)
            values (:cell, :kind, :day, :day, 'Sinh hoạt chi bộ', 'test') returning id
            """)
        .param("cell", cell)
        .param("kind", random.nextInt(3) == 0 ? "THEMATIC" : "REGULAR")
        .param("day", dayAround(random))
        .query(Long.class)
        .single();
  }

  /** A day of this year, now and then of the year before or after. */
  private LocalDate dayAround(Random random) {
    int y = random.nextInt(6) == 0 ? year + random.nextInt(3) - 1 : year;
    return LocalDate.of(y, 1, 1).plusDays(random.nextInt(365));
  }

  private List<Long> ids(String sql) {
    return jdbc.sql(sql).query(Long.class).list();
  }

  /** The grid of the same cells, counted from the meetings, their attendance and guests. */
  private List<Compliance.CellYear> counted(List<Compliance.CellYear> cells, int year) {
    var regular = new HashMap<String, int[]>(); // cell:month -> {meetings, present, counted, guest}
    var thematic = new HashMap<String, Boolean>(); // cell:quarter
    jdbc.sql(
            """
            select m.organization_id, m.kind, extract(month from m.held_on) as month,
              (select count(*) from meeting_attendance a where a.meeting_id = m.id
                 and a.counted and a.presence = 'PRESENT') as present,
              (select count(*) from meeting_attendance a where a.meeting_id = m.id
                 and a.counted) as counted,
              exists (select 1 from meeting_guest g where g.meeting_id = m.id) as guest
            from meeting m
            where m.organization_id = any(:ids) and extract(year from m.held_on) = :year
            """)
        .param("ids", cells.stream().map(Compliance.CellYear::cellId).toArray(Long[]::new))
        .param("year", year)
        .query(
            rs -> {
              long cell = rs.getLong("organization_id");
              int month = rs.getInt("month");
              if (rs.getString("kind").equals("THEMATIC")) {
                thematic.put(cell + ":" + ((month - 1) / 3 + 1), true);
                return;
              }
              var counts = regular.computeIfAbsent(cell + ":" + month, k -> new int[4]);
              counts[0]++;
              counts[1] += rs.getInt("present");
              counts[2] += rs.getInt("counted");
              if (rs.getBoolean("guest")) {
                counts[3] = 1;
              }
            });
    var rows = new ArrayList<Compliance.CellYear>();
    for (var cell : cells) {
      var months = new ArrayList<Compliance.Month>();
      for (int month = 1; month <= 12; month++) {
        var counts = regular.getOrDefault(cell.cellId() + ":" + month, new int[4]);
        Integer percent = counts[2] == 0 ? null : (int) Math.round(counts[1] * 100.0 / counts[2]);
        months.add(new Compliance.Month(month, counts[0], percent, counts[3] == 1));
      }
      var quarters = new ArrayList<Boolean>();
      for (int quarter = 1; quarter <= 4; quarter++) {
        quarters.add(thematic.getOrDefault(cell.cellId() + ":" + quarter, false));
      }
      rows.add(new Compliance.CellYear(cell.cellId(), cell.cellName(), months, quarters));
    }
    return rows;
  }
}
