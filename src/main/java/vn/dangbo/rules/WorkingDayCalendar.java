package vn.dangbo.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.rules.CalendarDay.Kind;
import vn.dangbo.shared.RefusedException;
import vn.dangbo.shared.WorkingDays;

/**
 * The working-day calendar as recorded: every version of every day, the days in force, and the
 * working-day counts deadlines are made of. A count past the years recorded says it is only a count
 * of weekdays there.
 */
@Service
public class WorkingDayCalendar {

  /** The legal basis of a substitute day off, which is computed, not entered. */
  static final String SUBSTITUTE_BASIS = "Bộ luật Lao động 2019, Điều 112, khoản 3";

  private static final String IN_FORCE =
      """
      select distinct on (day) * from calendar_day
      where day between :from and :to order by day, version desc
      """;

  private final JdbcClient jdbc;
  private final Clock clock;

  WorkingDayCalendar(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The calendar in force between the two days (a week before, for a holiday's substitute). */
  public WorkingDays workingDays(LocalDate from, LocalDate to) {
    return window(from, to).days;
  }

  /** The day on which {@code count} working days after {@code from} have passed. */
  public LocalDate workingDaysAfter(LocalDate from, int count) {
    return count(from, count).day();
  }

  /** The same, with what the count rests on: the recorded calendar, the unconfirmed days. */
  public WorkingDayCount count(LocalDate from, int count) {
    // a working day is at least every third calendar day, even across Tết
    var window = window(from, from.plusDays(count * 3L + 30));
    return window.counted(from, count, window.days.plus(from, count));
  }

  /**
   * The calendar between two days read once, for many counts (a to-do list's deadlines); a count
   * that leaves the window is read on its own.
   */
  public Window window(LocalDate from, LocalDate to) {
    var entries = inForce(from.minusDays(7), to);
    var kinds = new HashMap<LocalDate, WorkingDays.Kind>();
    for (var day : entries) {
      if (day.kind().forCount() != null) {
        kinds.put(day.day(), day.kind().forCount());
      }
    }
    return new Window(from, to, entries, new WorkingDays(kinds, recordedThrough()));
  }

  /** The calendar of a span of days, read once. */
  public final class Window {
    private final LocalDate from;
    private final LocalDate to;
    private final List<CalendarDay> entries;
    private final WorkingDays days;

    private Window(LocalDate from, LocalDate to, List<CalendarDay> entries, WorkingDays days) {
      this.from = from;
      this.to = to;
      this.entries = entries;
      this.days = days;
    }

    /** The day {@code count} working days after {@code start}, with what the count rests on. */
    public WorkingDayCount count(LocalDate start, int count) {
      LocalDate day = start.isBefore(from) ? null : days.plus(start, count);
      if (day == null || day.isAfter(to)) {
        return WorkingDayCalendar.this.count(start, count);
      }
      return counted(start, count, day);
    }

    private WorkingDayCount counted(LocalDate start, int count, LocalDate day) {
      var unconfirmed =
          entries.stream()
              .filter(d -> d.day().isAfter(start) && !d.day().isAfter(day))
              .filter(d -> d.unconfirmed() && d.kind() != Kind.ORDINARY)
              .map(CalendarDay::day)
              .toList();
      return new WorkingDayCount(
          start, count, day, days.recordedThrough().orElse(null), unconfirmed);
    }
  }

  /**
   * The last day the calendar is recorded for: the end of the run of years with entries that goes
   * on from this year (or, when this year has none, the last year before it that has). A lone entry
   * far ahead (a day an office entered for 2099) does not make the years between it recorded.
   */
  public LocalDate recordedThrough() {
    var years =
        jdbc.sql("select distinct extract(year from day)::int from calendar_day order by 1")
            .query(Integer.class)
            .list();
    int year = LocalDate.now(clock).getYear();
    if (!years.contains(year)) {
      return years.stream()
          .filter(y -> y < year)
          .reduce((a, b) -> b)
          .map(y -> LocalDate.of(y, 12, 31))
          .orElse(null);
    }
    int last = year;
    while (years.contains(last + 1)) {
      last++;
    }
    return LocalDate.of(last, 12, 31);
  }

  /** The days off and worked days of a year in force, with the substitutes computed, by day. */
  public List<CalendarDay> year(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    var window = window(first, last);
    var entries = window.entries;
    var byDay = new HashMap<LocalDate, CalendarDay>();
    entries.forEach(e -> byDay.put(e.day(), e));
    var days = new ArrayList<CalendarDay>();
    entries.stream()
        .filter(e -> e.kind() != Kind.ORDINARY && !e.day().isBefore(first))
        .forEach(days::add);
    window
        .days
        .substitutes()
        .forEach(
            (substitute, holiday) -> {
              if (substitute.getYear() == year) {
                var replaced = byDay.get(holiday);
                days.add(
                    new CalendarDay(
                        substitute,
                        Kind.SUBSTITUTE,
                        replaced.name(),
                        SUBSTITUTE_BASIS,
                        replaced.unconfirmed(),
                        null,
                        null));
              }
            });
    days.sort(Comparator.comparing(CalendarDay::day));
    return days;
  }

  /** Every version entered for the days of a year, newest first. */
  public List<CalendarDay> history(int year) {
    return jdbc.sql(
            """
            select * from calendar_day where day between :from and :to
            order by entered_at desc, day desc, version desc
            """)
        .param("from", LocalDate.of(year, 1, 1))
        .param("to", LocalDate.of(year, 12, 31))
        .query(this::read)
        .list();
  }

  /**
   * Records a new version of a day: a public holiday, a day off, a worked Saturday or Sunday, or an
   * ordinary day again. Earlier versions stay, so that the calendar's history can be read. Refused
   * without a name or a legal basis, for a day off on a weekend (it is one already) and for a
   * worked day that is not a weekend day.
   */
  @Transactional
  public CalendarDay record(CalendarDay entry, String by) {
    if (entry.day() == null || isBlank(entry.name()) || isBlank(entry.legalBasis())) {
      throw new RefusedException("calendar.refused.incomplete");
    }
    if (entry.name().length() > 120 || entry.legalBasis().length() > 300) {
      throw new RefusedException("rules.refused.tooLong");
    }
    Kind kind = entry.kind() == null ? Kind.DAY_OFF : entry.kind();
    if (kind == Kind.SUBSTITUTE) {
      throw new RefusedException("calendar.refused.substitute");
    }
    boolean weekend = WorkingDays.isWeekend(entry.day());
    if (kind == Kind.DAY_OFF && weekend) {
      throw new RefusedException("calendar.refused.weekend");
    }
    if (kind == Kind.WORKED && !weekend) {
      throw new RefusedException("calendar.refused.workedWeekday");
    }
    return jdbc.sql(
            """
            insert into calendar_day (day, version, kind, name, legal_basis, unconfirmed, entered_by)
            select :day, coalesce(max(version), 0) + 1, :kind, :name, :basis, :unconfirmed, :by
            from calendar_day where day = :day
            returning *
            """)
        .param("day", entry.day())
        .param("kind", kind.name())
        .param("name", entry.name().strip())
        .param("basis", entry.legalBasis().strip())
        .param("unconfirmed", entry.unconfirmed())
        .param("by", by)
        .query(this::read)
        .single();
  }

  /**
   * Makes a day off or a worked day an ordinary day again, as a new version naming the entry it
   * undoes; refused when the day is ordinary already.
   */
  @Transactional
  public CalendarDay makeOrdinary(LocalDate day, String legalBasis, String by) {
    var current =
        inForce(day, day).stream()
            .filter(d -> d.kind() != Kind.ORDINARY)
            .findFirst()
            .orElseThrow(() -> new RefusedException("calendar.refused.ordinary"));
    return record(CalendarDay.of(day, Kind.ORDINARY, current.name(), legalBasis, false), by);
  }

  private List<CalendarDay> inForce(LocalDate from, LocalDate to) {
    return jdbc.sql(IN_FORCE).param("from", from).param("to", to).query(this::read).list();
  }

  private CalendarDay read(ResultSet rs, int row) throws SQLException {
    return new CalendarDay(
        rs.getObject("day", LocalDate.class),
        Kind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        rs.getString("legal_basis"),
        rs.getBoolean("unconfirmed"),
        rs.getString("entered_by"),
        rs.getTimestamp("entered_at").toInstant().atZone(clock.getZone()));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** The kinds an office may enter, for forms. */
  public static List<Kind> enterable() {
    return List.of(Kind.HOLIDAY, Kind.DAY_OFF, Kind.WORKED, Kind.ORDINARY);
  }
}
