package vn.dangbo.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.FigurePlanning;
import vn.dangbo.shared.NotFoundException;

/** Computes {@link Compliance} from the meeting records, never from anything typed. */
@Service
public class MeetingCompliance {

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final RuleBook rules;

  MeetingCompliance(JdbcClient jdbc, Organizations organizations, RuleBook rules) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.rules = rules;
  }

  @Transactional(readOnly = true)
  public Compliance of(long organizationId, int year, OrganizationScope scope) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    var cells = visibleCellsOf(organizationId, first, last, scope);
    Long[] ids = cells.keySet().toArray(Long[]::new);
    int minPercent = rules.at(last, RuleKey.MEETING_ATTENDANCE_MIN_PERCENT).asInt();
    int maxInRow = rules.at(last, RuleKey.MEETING_EXCUSED_MAX_IN_ROW).asInt();
    return new Compliance(
        organizationId,
        year,
        minPercent,
        maxInRow,
        months(cells, year),
        unexcused(ids, first, last, cells),
        excusedInRow(ids, first, last, cells, maxInRow),
        inCharge(ids, first, last));
  }

  /**
   * Only the month-by-month grid of the cells below the organisation (what a dashboard shows),
   * without the members to watch, which read every attendance line of the year.
   */
  @Transactional(readOnly = true)
  public List<Compliance.CellYear> grid(long organizationId, int year, OrganizationScope scope) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    return months(visibleCellsOf(organizationId, first, last, scope), year);
  }

  private Map<Long, OrganizationNode> visibleCellsOf(
      long organizationId, LocalDate first, LocalDate last, OrganizationScope scope) {
    if (!scope.canSee(organizationId) || !scope.personalRecords()) {
      throw new NotFoundException("organization.notFound");
    }
    FigurePlanning.forThisTransaction(jdbc);
    return cellsOf(organizationId, first, last, scope);
  }

  /**
   * Each cell's regular meetings and attendance by month and thematic meetings by quarter, from the
   * cells' kept tallies of the year ({@code meeting_year_tally}, which the database keeps from the
   * meetings, their guests and their attendance counts, V61).
   */
  private List<Compliance.CellYear> months(Map<Long, OrganizationNode> cells, int year) {
    var kept = new HashMap<Long, KeptYear>();
    jdbc.sql(
            """
            select organization_id, regular, present, counted, guests, thematic
            from meeting_year_tally where organization_id = any(:ids) and year = :year
            """)
        .param("ids", cells.keySet().toArray(Long[]::new))
        .param("year", year)
        .query(
            rs -> {
              long cell = rs.getLong("organization_id");
              var regular = (Integer[]) rs.getArray("regular").getArray();
              var present = (Integer[]) rs.getArray("present").getArray();
              var counted = (Integer[]) rs.getArray("counted").getArray();
              var guests = (Boolean[]) rs.getArray("guests").getArray();
              var months = new ArrayList<Compliance.Month>();
              for (int i = 0; i < 12; i++) {
                Integer percent =
                    counted[i] == 0 ? null : (int) Math.round(present[i] * 100.0 / counted[i]);
                months.add(new Compliance.Month(i + 1, regular[i], percent, guests[i]));
              }
              var thematic = List.of((Boolean[]) rs.getArray("thematic").getArray());
              kept.put(cell, new KeptYear(months, thematic));
            });
    var none = new ArrayList<Compliance.Month>();
    for (int month = 1; month <= 12; month++) {
      none.add(new Compliance.Month(month, 0, null, false));
    }
    var noThematic = List.of(false, false, false, false);
    return cells.values().stream()
        .map(
            cell -> {
              var held = kept.getOrDefault(cell.id(), new KeptYear(none, noThematic));
              return new Compliance.CellYear(
                  cell.id(), cell.name(), held.months(), held.thematic());
            })
        .toList();
  }

  private record KeptYear(List<Compliance.Month> months, List<Boolean> thematic) {}

  private List<Compliance.Flag> unexcused(
      Long[] ids, LocalDate first, LocalDate last, Map<Long, OrganizationNode> cells) {
    return jdbc.sql(
            """
            select a.member_id, p.full_name, m.organization_id, count(*) as absences
            from meeting_attendance a join meeting m on m.id = a.meeting_id
            join member_names p on p.id = a.member_id
            where m.organization_id = any(:ids) and m.held_on between :first and :last
              and a.presence = 'UNEXCUSED'
            group by a.member_id, p.full_name, m.organization_id order by absences desc
            """)
        .param("ids", ids)
        .param("first", first)
        .param("last", last)
        .query(flag(cells))
        .list();
  }

  /**
   * Members whose excused absences in a row, at some point in the year, exceed the rule, with the
   * cell of their last meeting of the year. The runs are found in SQL (numbering each member's
   * meetings, then the excused ones: within a run both numbers grow together).
   */
  private List<Compliance.Flag> excusedInRow(
      Long[] ids, LocalDate first, LocalDate last, Map<Long, OrganizationNode> cells, int max) {
    return jdbc.sql(
            """
            with lines as (
              select a.member_id, m.organization_id, a.presence,
                row_number() over (partition by a.member_id order by m.held_on, m.id) as n
              from meeting_attendance a join meeting m on m.id = a.meeting_id
              where m.organization_id = any(:ids) and m.held_on between :first and :last),
            runs as (
              select member_id, count(*) as excused
              from (select member_id,
                      n - row_number() over (partition by member_id order by n) as run
                    from lines where presence = 'EXCUSED') e
              group by member_id, run),
            longest as (
              select member_id, max(excused) as excused from runs
              group by member_id having max(excused) > :max)
            select l.member_id, p.full_name, l.excused as absences,
              (select x.organization_id from lines x where x.member_id = l.member_id
               order by x.n desc limit 1) as organization_id
            from longest l join member_names p on p.id = l.member_id
            order by l.member_id
            """)
        .param("ids", ids)
        .param("first", first)
        .param("last", last)
        .param("max", max)
        .query(flag(cells))
        .list();
  }

  /** A flagged member from a row of member_id, full_name, organization_id and absences. */
  private static RowMapper<Compliance.Flag> flag(Map<Long, OrganizationNode> cells) {
    return (rs, n) ->
        new Compliance.Flag(
            rs.getLong("member_id"),
            rs.getString("full_name"),
            cells.get(rs.getLong("organization_id")).name(),
            rs.getInt("absences"));
  }

  /** For each committee member in charge of the cells: meetings of their cells they attended. */
  private List<Compliance.InCharge> inCharge(Long[] ids, LocalDate first, LocalDate last) {
    return jdbc.sql(
            """
            select ca.committee_member_id as id, ca.full_name, count(distinct m.id) as meetings,
              count(distinct g.meeting_id) as attended
            from committee_assignments ca
            join meeting m on m.organization_id = ca.cell_id and m.held_on >= ca.valid_from
              and (ca.valid_to is null or m.held_on < ca.valid_to)
            left join meeting_guest g on g.meeting_id = m.id
              and g.committee_member_id = ca.committee_member_id
            where ca.cell_id = any(:ids) and m.held_on between :first and :last
            group by ca.committee_member_id, ca.full_name order by ca.full_name
            """)
        .param("ids", ids)
        .param("first", first)
        .param("last", last)
        .query(
            (rs, n) ->
                new Compliance.InCharge(
                    rs.getLong("id"),
                    rs.getString("full_name"),
                    rs.getInt("attended"),
                    rs.getInt("meetings")))
        .list();
  }

  /** The cells below the organisation at some point of the year (as the tree was then). */
  private Map<Long, OrganizationNode> cellsOf(
      long organizationId, LocalDate first, LocalDate last, OrganizationScope scope) {
    var cells = new LinkedHashMap<Long, OrganizationNode>();
    for (var day : List.of(last, first)) {
      if (organizations.findOn(organizationId, day, scope).isEmpty()) {
        continue;
      }
      organizations.descendantsOn(organizationId, day).stream()
          .filter(OrganizationNode::isCell)
          .forEach(c -> cells.putIfAbsent(c.id(), c));
    }
    return cells;
  }

  /**
   * A member's or an organisation's meetings in a period, as evidence beside an evaluation: the
   * meetings held, the member's attendance (counted meetings only), or for an organisation its
   * regular and thematic meetings and the average attendance.
   */
  public record Evidence(
      int meetings,
      int present,
      int excused,
      int unexcused,
      int regular,
      int thematic,
      Integer attendancePercent) {}

  /** A member's attendance at the meetings where they were expected, in the period. */
  @Transactional(readOnly = true)
  public Evidence ofMember(long memberId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select count(*) as meetings,
              count(*) filter (where a.presence = 'PRESENT') as present,
              count(*) filter (where a.presence = 'EXCUSED') as excused,
              count(*) filter (where a.presence = 'UNEXCUSED') as unexcused,
              count(*) filter (where m.kind = 'REGULAR') as regular,
              count(*) filter (where m.kind = 'THEMATIC') as thematic
            from meeting_attendance a join meeting m on m.id = a.meeting_id
            where a.member_id = :member and a.counted and m.held_on between :from and :to
            """)
        .param("member", memberId)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              int meetings = rs.getInt("meetings");
              return new Evidence(
                  meetings,
                  rs.getInt("present"),
                  rs.getInt("excused"),
                  rs.getInt("unexcused"),
                  rs.getInt("regular"),
                  rs.getInt("thematic"),
                  meetings == 0 ? null : Math.round(rs.getInt("present") * 100f / meetings));
            })
        .single();
  }

  /** An organisation's own meetings in the period and their average attendance. */
  @Transactional(readOnly = true)
  public Evidence ofOrganization(long organizationId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            select count(distinct m.id) as meetings,
              count(distinct m.id) filter (where m.kind = 'REGULAR') as regular,
              count(distinct m.id) filter (where m.kind = 'THEMATIC') as thematic,
              count(a.*) filter (where a.counted and a.presence = 'PRESENT') as present,
              count(a.*) filter (where a.counted and a.presence = 'EXCUSED') as excused,
              count(a.*) filter (where a.counted and a.presence = 'UNEXCUSED') as unexcused,
              count(a.*) filter (where a.counted) as counted
            from meeting m left join meeting_attendance a on a.meeting_id = m.id
            where m.organization_id = :org and m.held_on between :from and :to
            """)
        .param("org", organizationId)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              int counted = rs.getInt("counted");
              return new Evidence(
                  rs.getInt("meetings"),
                  rs.getInt("present"),
                  rs.getInt("excused"),
                  rs.getInt("unexcused"),
                  rs.getInt("regular"),
                  rs.getInt("thematic"),
                  counted == 0 ? null : Math.round(rs.getInt("present") * 100f / counted));
            })
        .single();
  }
}
