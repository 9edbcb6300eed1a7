package vn.dangbo.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * Plans meetings, records attendance and minutes, closes them, and adds addenda to closed minutes.
 * Everything but addenda is refused once a meeting is closed.
 */
@Service
public class Meetings {

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final MemberStatistics statistics;
  private final RuleBook rules;
  private final Clock clock;

  Meetings(
      JdbcClient jdbc,
      Organizations organizations,
      MemberStatistics statistics,
      RuleBook rules,
      Clock clock) {
    this.rules = rules;
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.statistics = statistics;
    this.clock = clock;
  }

  /** Plans a meeting of an organisation the user manages, called today. */
  @Transactional
  public long plan(
      long organizationId,
      MeetingKind kind,
      LocalDate heldOn,
      String place,
      String topic,
      String agenda,
      OrganizationScope scope,
      String by) {
    return plan(organizationId, kind, heldOn, place, topic, agenda, null, scope, by);
  }

  /**
   * Plans a meeting as above; {@code calledOn} is the day it was called, when a meeting of the past
   * is entered from its paper notice (null: today; not later than today).
   */
  @Transactional
  public long plan(
      long organizationId,
      MeetingKind kind,
      LocalDate heldOn,
      String place,
      String topic,
      String agenda,
      LocalDate calledOn,
      OrganizationScope scope,
      String by) {
    scope.requireManager(organizationId);
    LocalDate today = LocalDate.now(clock);
    if (calledOn != null && calledOn.isAfter(today)) {
      throw RefusedException.forField("calledOn", "meeting.refused.calledInFuture");
    }
    if (kind == null || heldOn == null || topic == null || topic.isBlank()) {
      throw new RefusedException("meeting.refused.incomplete");
    }
    PartyDates.requireSinceFounding("heldOn", heldOn);
    organizations.requireExistsOn(organizationId, heldOn, scope);
    var organization =
        organizations
            .findOn(organizationId, heldOn, scope)
            .orElseThrow(() -> new RefusedException("meeting.refused.noOrganization"));
    if (organization.isCell() == (kind == MeetingKind.COMMITTEE)) {
      throw new RefusedException("meeting.refused.kind");
    }
    Meeting.requireLength(topic, 300);
    Meeting.requireLength(place, 200);
    Meeting.requireLength(agenda, 2000);
    return jdbc.sql(
            """
            insert into meeting (organization_id, kind, held_on, place, topic, agenda, created_by,
              planned_on)
            values (:org, :kind, :on, :place, :topic, :agenda, :by, :today) returning id
            """)
        .param("today", calledOn == null ? today : calledOn)
        .param("org", organizationId)
        .param("kind", kind.name())
        .param("on", heldOn)
        .param("place", Meeting.blankToNull(place))
        .param("topic", topic.strip())
        .param("agenda", Meeting.blankToNull(agenda))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** The members expected at the meeting: the cell's members that day, less the exempted. */
  @Transactional(readOnly = true)
  public List<MemberStatistics.OnDay> members(Meeting meeting) {
    return statistics.membersOn(meeting.organizationId(), meeting.heldOn());
  }

  /**
   * The meetings of the organisations in scope (or of one), in a period, newest first: read with
   * one query for the meetings and one per kind of detail, however many there are.
   */
  @Transactional(readOnly = true)
  public List<Meeting> list(
      Long organizationId, LocalDate from, LocalDate to, OrganizationScope scope) {
    var found =
        jdbc
            .sql(
                """
                select m.*, organization_name(m.organization_id) as org_name from meeting m
                where m.held_on between :from and :to
                  and (cast(:org as bigint) is null or m.organization_id = :org)
                order by m.held_on desc, m.id desc
                """)
            .param("from", from)
            .param("to", to)
            .param("org", organizationId)
            .query((rs, n) -> meeting(rs))
            .list()
            .stream()
            .filter(m -> scope.canSee(m.organizationId()))
            .toList();
    return visible(found, scope, found.size() > 1 ? rules.all() : rules);
  }

  /**
   * The organisation's meetings still open for their minutes, in a period, oldest first, without
   * their details: to choose one, not to show it.
   */
  @Transactional(readOnly = true)
  public List<Meeting> open(
      long organizationId, LocalDate from, LocalDate to, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      return List.of();
    }
    return jdbc.sql(
            """
            select m.*, organization_name(m.organization_id) as org_name from meeting m
            where m.organization_id = :org and m.held_on between :from and :to
              and m.status <> 'CLOSED'
            order by m.held_on, m.id
            """)
        .param("org", organizationId)
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> meeting(rs))
        .list();
  }

  /** The meeting, when its organisation is in scope. */
  @Transactional(readOnly = true)
  public Optional<Meeting> find(long id, OrganizationScope scope) {
    var found =
        jdbc.sql(
                """
                select m.*, organization_name(m.organization_id) as org_name
                from meeting m where m.id = :id
                """)
            .param("id", id)
            .query((rs, n) -> meeting(rs))
            .optional()
            .filter(m -> scope.canSee(m.organizationId()));
    return found.flatMap(m -> visible(List.of(m), scope, rules).stream().findFirst());
  }

  /** The meetings with their details, as the user may see them (a member sees less). */
  private List<Meeting> visible(List<Meeting> found, OrganizationScope scope, RuleSource rules) {
    var detailed = withDetails(found, rules);
    if (scope.personalRecords()) {
      return detailed;
    }
    return detailed.stream().flatMap(m -> forMember(m, scope, rules).stream()).toList();
  }

  private static Meeting meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Meeting(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getString("org_name"),
        MeetingKind.valueOf(rs.getString("kind")),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("place"),
        rs.getString("topic"),
        rs.getString("agenda"),
        rs.getString("status").equals("CLOSED"),
        rs.getString("chair"),
        rs.getString("secretary"),
        rs.getString("reviewed"),
        rs.getString("opinions"),
        rs.getString("conclusions"),
        rs.getInt("version"),
        rs.getObject("planned_on", LocalDate.class),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * What a member of the cell sees of a meeting: once it is published (the rulebook's number of
   * days before), its day, place, topic and agenda, the documents given before the minutes were
   * closed, and their own attendance; not the others', nor the minutes.
   */
  private Optional<Meeting> forMember(Meeting m, OrganizationScope scope, RuleSource rules) {
    if (scope.ownRecord() == null) {
      return Optional.empty();
    }
    LocalDate today = LocalDate.now(clock);
    int days = rules.at(m.heldOn(), RuleKey.MEETING_PUBLISH_DAYS_BEFORE).asInt();
    if (m.heldOn().minusDays(days).isAfter(today)) {
      return Optional.empty();
    }
    return Optional.of(
        new Meeting(
            m.id(),
            m.organizationId(),
            m.organizationName(),
            m.kind(),
            m.heldOn(),
            m.place(),
            m.topic(),
            m.agenda(),
            m.closed(),
            null,
            null,
            null,
            null,
            null,
            m.version(),
            m.plannedOn(),
            m.notice(),
            m.attendance().stream().filter(a -> a.memberId() == scope.ownRecord()).toList(),
            List.of(),
            List.of(),
            List.of(),
            m.documents().stream().filter(d -> !d.afterClosing()).toList()));
  }

  /** The meetings with their attendance, guests, resolutions, addenda and documents. */
  private List<Meeting> withDetails(List<Meeting> found, RuleSource rules) {
    if (found.isEmpty()) {
      return found;
    }
    var ids = found.stream().map(Meeting::id).toArray(Long[]::new);
    var attendance =
        byMeeting(
            """
            select a.*, p.full_name from meeting_attendance a join member_names p on p.id = a.member_id
            where a.meeting_id = any(:ids) order by a.meeting_id, p.search_key
            """,
            ids,
            rs ->
                new Meeting.Attendance(
                    rs.getLong("member_id"),
                    rs.getString("full_name"),
                    Presence.valueOf(rs.getString("presence")),
                    rs.getString("reason"),
                    rs.getBoolean("counted")));
    var guests =
        byMeeting(
            "select meeting_id, committee_member_id from meeting_guest where meeting_id = any(:ids)",
            ids,
            rs -> rs.getLong("committee_member_id"));
    var resolutions =
        byMeeting(
            "select * from meeting_resolution where meeting_id = any(:ids) order by meeting_id, id",
            ids,
            rs ->
                new Meeting.Resolution(
                    rs.getString("text"),
                    rs.getObject("votes_for", Integer.class),
                    rs.getObject("votes_against", Integer.class),
                    rs.getObject("abstentions", Integer.class)));
    var addenda =
        byMeeting(
            """
            select * from meeting_addendum where meeting_id = any(:ids)
            order by meeting_id, on_date, id
            """,
            ids,
            rs ->
                new Meeting.Addendum(
                    rs.getObject("on_date", LocalDate.class),
                    rs.getString("text"),
                    rs.getString("entered_by")));
    var documents =
        byMeeting(
            """
            select d.meeting_id, d.id, d.file_name, d.content_type, d.size_bytes, d.uploaded_by,
              coalesce(d.uploaded_at > m.closed_at, false) as after_closing
            from meeting_document d join meeting m on m.id = d.meeting_id
            where d.meeting_id = any(:ids) order by d.meeting_id, d.id
            """,
            ids,
            rs ->
                new Meeting.Document(
                    rs.getLong("id"),
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getInt("size_bytes"),
                    rs.getString("uploaded_by"),
                    rs.getBoolean("after_closing")));
    return found.stream()
        .map(
            m ->
                m.withDetails(
                    notice(m.kind(), m.plannedOn(), m.heldOn(), rules),
                    attendance.getOrDefault(m.id(), List.of()),
                    guests.getOrDefault(m.id(), List.of()),
                    resolutions.getOrDefault(m.id(), List.of()),
                    addenda.getOrDefault(m.id(), List.of()),
                    documents.getOrDefault(m.id(), List.of())))
        .toList();
  }

  /** A row of a meeting's detail, read from the current row. */
  private interface Row<T> {
    T read(java.sql.ResultSet rs) throws java.sql.SQLException;
  }

  /** The rows of a detail table for the meetings, by meeting, in the query's order. */
  private <T> java.util.Map<Long, List<T>> byMeeting(String sql, Long[] ids, Row<T> row) {
    var found = new java.util.HashMap<Long, List<T>>();
    jdbc.sql(sql)
        .param("ids", ids)
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs ->
                    found
                        .computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>())
                        .add(row.read(rs)));
    return found;
  }

  /**
   * The notice members had of a meeting planned on one day for another: days given against the
   * rulebook's days, and for a cell's meeting whether the topic came after its month began.
   */
  public Meeting.Notice notice(MeetingKind kind, LocalDate plannedOn, LocalDate heldOn) {
    return notice(kind, plannedOn, heldOn, rules);
  }

  private static Meeting.Notice notice(
      MeetingKind kind, LocalDate plannedOn, LocalDate heldOn, RuleSource rules) {
    int required = rules.at(heldOn, RuleKey.MEETING_PUBLISH_DAYS_BEFORE).asInt();
    return new Meeting.Notice(
        java.time.temporal.ChronoUnit.DAYS.between(plannedOn, heldOn),
        required,
        kind != MeetingKind.COMMITTEE && !plannedOn.isBefore(heldOn.withDayOfMonth(1)));
  }

  /** A meeting whose organisation the user manages. */
  Meeting managed(long meetingId, OrganizationScope scope) {
    var meeting =
        find(meetingId, scope).orElseThrow(() -> new NotFoundException("meeting.notFound"));
    scope.requireManager(meeting.organizationId());
    return meeting;
  }
}
