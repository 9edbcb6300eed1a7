package vn.dangbo.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.organization.Organizations;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Masking;
import vn.dangbo.shared.NotFoundException;

/**
 * Writes the trail's own lines (sign-ins, downloads, views) and reads it for the viewer. Changes to
 * the data are written by the database triggers, never here. Administrators see every line; a
 * committee office sees the lines of the accounts anchored in its subtree.
 */
@Service
public class AuditTrail {

  private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {};

  /**
   * Reads the rows as stored, whatever they hold: not the application's mapper, whose input guard
   * refuses text a request may not bring in. Stored data is never judged again on the way out; the
   * pages escape it.
   */
  private static final JsonMapper STORED = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final AccountAdministration accounts;
  private final java.time.Clock clock;
  private final PersonalData personalData;

  AuditTrail(
      JdbcClient jdbc,
      Organizations organizations,
      AccountAdministration accounts,
      java.time.Clock clock,
      PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
    this.organizations = organizations;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Writes a line of its own, committed even when the caller's work is rolled back. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  void record(Actor actor, String action, String recordType, String recordId, String detail) {
    jdbc.sql(
            """
            insert into audit_log (actor, on_behalf_of, address, action, record_type, record_id,
              detail)
            values (:actor, :onBehalfOf, :address, :action, :type, :id, :detail)
            """)
        .param("actor", truncate(actor.name(), 100))
        .param("onBehalfOf", actor.onBehalfOf())
        .param("address", truncate(actor.address(), 100))
        .param("action", action)
        .param("type", recordType)
        .param("id", truncate(recordId, 200))
        .param("detail", truncate(detail, 2000))
        .update();
  }

  /** A page of the lines the user may see, newest first, and whether there are more. */
  @Transactional(readOnly = true)
  public AuditPage find(AuditQuery query, CurrentUser user) {
    var entries =
        select(query, user, AuditQuery.PAGE_SIZE + 1, query.page() * AuditQuery.PAGE_SIZE);
    boolean more = entries.size() > AuditQuery.PAGE_SIZE;
    return new AuditPage(more ? entries.subList(0, AuditQuery.PAGE_SIZE) : entries, more);
  }

  /** Every line of the query the user may see, up to {@link AuditQuery#EXPORT_LIMIT}. */
  @Transactional(readOnly = true)
  public List<AuditEntry> export(AuditQuery query, CurrentUser user) {
    return select(query, user, AuditQuery.EXPORT_LIMIT, 0);
  }

  /**
   * Who read the signed-in member's own record: the views of it (page or API) and the papers about
   * it downloaded, by anyone but the member; and the lists of their cell downloaded (a list names
   * the cell it was asked for, not the members in it). The newest first, up to 200.
   */
  @Transactional(readOnly = true)
  public List<AuditEntry> readsOfOwnRecord(CurrentUser user) {
    Long own = user.scope().ownRecord();
    if (own == null) {
      throw new NotFoundException("member.notFound");
    }
    String cell = user.organizationId() == null ? "-" : user.organizationId().toString();
    return jdbc.sql(
            """
            select a.* from audit_log a
            where a.action in ('VIEW', 'EXPORT') and a.actor <> :self
              and ((a.record_type = 'member' and a.record_id = :id)
                or (a.action = 'EXPORT' and a.record_id is null
                    and a.detail ~ ('[?&]cell=' || :cell || '(&|$)')))
            order by a.at desc, a.id desc limit 200
            """)
        .param("self", user.username())
        .param("id", own.toString())
        .param("cell", cell)
        .query(this::entry)
        .list();
  }

  /** A page of lines. */
  public record AuditPage(List<AuditEntry> entries, boolean more) {}

  private List<AuditEntry> select(AuditQuery query, CurrentUser user, int limit, int offset) {
    var where = new ArrayList<String>();
    var params = new HashMap<String, Object>();
    if (user.role() == Role.COMMITTEE_OFFICE && user.organizationId() != null) {
      var visible = new ArrayList<Long>();
      visible.add(user.organizationId());
      organizations.descendantsOn(user.organizationId(), java.time.LocalDate.now(clock)).stream()
          .map(n -> n.id())
          .forEach(visible::add);
      where.add("a.actor = any(:actors)");
      params.put("actors", accounts.usernamesIn(visible).toArray(String[]::new));
    } else if (user.role() != Role.ADMINISTRATOR) {
      throw new ForbiddenException("audit.forbidden");
    }
    if (query.actor() != null && !query.actor().isBlank()) {
      where.add("(a.actor = :actor or a.on_behalf_of = :actor)");
      params.put("actor", query.actor().strip());
    }
    if (query.reads()) {
      where.add("a.action in ('VIEW', 'EXPORT')");
    }
    if (query.recordType() != null && !query.recordType().isBlank()) {
      where.add("a.record_type = :type");
      params.put("type", query.recordType().strip());
    }
    if (query.recordId() != null && !query.recordId().isBlank()) {
      where.add("a.record_id = :id");
      params.put("id", query.recordId().strip());
    }
    // the days of the period are Vietnamese days
    if (query.from() != null) {
      where.add("a.at >= :from");
      params.put("from", query.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
    }
    if (query.to() != null) {
      where.add("a.at < :to");
      params.put("to", query.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
    }
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(
            "select a.* from audit_log a"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.at desc, a.id desc limit :limit offset :offset")
        .params(params)
        .query(this::entry)
        .list();
  }

  private AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("at").toInstant().atZone(clock.getZone()),
        rs.getString("actor"),
        rs.getString("on_behalf_of"),
        rs.getString("address"),
        rs.getString("action"),
        rs.getString("record_type"),
        rs.getString("record_id"),
        row(rs.getString("before")),
        row(rs.getString("after")),
        rs.getString("detail"));
  }

  /**
   * A row as the trail keeps it, its sealed values opened, the citizen IDs and the phone masked as
   * lists show them (what changed shows; whole values are on the record's own page).
   */
  private Map<String, Object> row(String text) {
    if (text == null) {
      return null;
    }
    Map<String, Object> row = STORED.readValue(text, ROW);
    row.replaceAll(
        (key, value) -> {
          if (!(value instanceof String stored) || !personalData.isSealed(stored)) {
            return value;
          }
          String opened = personalData.open(stored);
          return switch (key) {
            case "citizen_id", "old_id_number" -> Masking.citizenId(opened);
            case "phone" -> Masking.phone(opened);
            default -> opened;
          };
        });
    return row;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
