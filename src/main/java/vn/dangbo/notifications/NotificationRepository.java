package vn.dangbo.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.identity.Role;

/** The notifications, the choices of channels and the contacts, by account. */
@Repository
class NotificationRepository {

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the item for the account unless it was told before; whether it was new. {@code inApp}
   * false keeps it off the bell and the list (it is told by email or text only).
   */
  boolean add(long account, DueItem item, LocalDate today, boolean inApp) {
    return jdbc.sql(
                """
                insert into notification (account_id, kind, item_key, what, argument, about,
                  due_on, overdue, link, created_on, in_app)
                values (:account, :kind, :key, :what, :argument, :about, :due, :overdue, :link,
                  :today, :inApp)
                on conflict (account_id, kind, item_key, overdue) do nothing
                """)
            .param("account", account)
            .param("kind", item.kind().name())
            .param("key", item.key())
            .param("what", item.what())
            .param("argument", item.argument())
            .param("about", item.about())
            .param("due", item.dueOn())
            .param("overdue", item.overdue())
            .param("link", item.link())
            .param("today", today)
            .param("inApp", inApp)
            .update()
        > 0;
  }

  List<Notification> of(long account, int limit) {
    return jdbc.sql(
            """
            select * from notification where account_id = :account and in_app
            order by read_at is not null, created_at desc, id desc limit :limit
            """)
        .param("account", account)
        .param("limit", limit)
        .query(NotificationRepository::notification)
        .list();
  }

  int unread(long account) {
    return jdbc.sql(
            """
            select count(*) from notification
            where account_id = :account and read_at is null and in_app
            """)
        .param("account", account)
        .query(Integer.class)
        .single();
  }

  /** Marks the account's notification read: its link; empty when it is not the account's. */
  Optional<String> markRead(long account, long id) {
    return jdbc.sql(
            """
            update notification set read_at = coalesce(read_at, now())
            where id = :id and account_id = :account returning coalesce(link, '/notifications')
            """)
        .param("id", id)
        .param("account", account)
        .query(String.class)
        .optional();
  }

  void markAllRead(long account) {
    jdbc.sql("update notification set read_at = now() where account_id = :a and read_at is null")
        .param("a", account)
        .update();
  }

  /**
   * The account's notifications given on the day, counted by kind (in the kinds' order): all of
   * them for a digest, those shown in the app for the list's "today".
   */
  List<DigestLine> digest(long account, LocalDate day, boolean inAppOnly) {
    return jdbc
        .sql(
            """
            select kind, count(*) filter (where not overdue) as due,
              count(*) filter (where overdue) as overdue
            from notification where account_id = :account and created_on = :day
              and (in_app or not :inAppOnly)
            group by kind
            """)
        .param("account", account)
        .param("day", day)
        .param("inAppOnly", inAppOnly)
        .query(
            (rs, n) ->
                new DigestLine(
                    NotificationKind.valueOf(rs.getString("kind")),
                    rs.getInt("due"),
                    rs.getInt("overdue")))
        .list()
        .stream()
        .sorted(Comparator.comparing(DigestLine::kind))
        .toList();
  }

  /**
   * The account's channels per kind: its own choices, over the defaults for its role of the nearest
   * of the organisations given (its anchor and those above, nearest first), over in-app only.
   */
  Map<NotificationKind, Channels> channels(long account, Role role, List<Long> organizations) {
    var channels = defaults(role, organizations);
    jdbc.sql("select * from notification_preference where account_id = :account")
        .param("account", account)
        .query(
            rs -> {
              channels.put(NotificationKind.valueOf(rs.getString("kind")), channelsOf(rs));
            });
    return channels;
  }

  void setPreference(long account, NotificationKind kind, Channels channels) {
    jdbc.sql(
            """
            insert into notification_preference (account_id, kind, in_app, email, sms)
            values (:account, :kind, :inApp, :email, :sms)
            on conflict (account_id, kind) do update set in_app = excluded.in_app,
              email = excluded.email, sms = excluded.sms
            """)
        .param("account", account)
        .param("kind", kind.name())
        .param("inApp", channels.inApp())
        .param("email", channels.email())
        .param("sms", channels.sms())
        .update();
  }

  /** The defaults for the role of the nearest of the organisations that has one, per kind. */
  Map<NotificationKind, Channels> defaults(Role role, List<Long> organizations) {
    var channels = new EnumMap<NotificationKind, Channels>(NotificationKind.class);
    for (var kind : NotificationKind.values()) {
      channels.put(kind, Channels.DEFAULT);
    }
    if (organizations.isEmpty()) {
      return channels;
    }
    jdbc.sql(
            """
            select distinct on (d.kind) d.* from notification_default d
            join unnest(:organizations) with ordinality o(id, depth) on o.id = d.organization_id
            where d.role = :role order by d.kind, o.depth
            """)
        .param("organizations", organizations.toArray(Long[]::new))
        .param("role", role.name())
        .query(
            rs -> {
              channels.put(NotificationKind.valueOf(rs.getString("kind")), channelsOf(rs));
            });
    return channels;
  }

  void setDefault(long organization, Role role, NotificationKind kind, Channels channels) {
    jdbc.sql(
            """
            insert into notification_default (organization_id, role, kind, in_app, email, sms)
            values (:organization, :role, :kind, :inApp, :email, :sms)
            on conflict (organization_id, role, kind) do update set in_app = excluded.in_app,
              email = excluded.email, sms = excluded.sms
            """)
        .param("organization", organization)
        .param("role", role.name())
        .param("kind", kind.name())
        .param("inApp", channels.inApp())
        .param("email", channels.email())
        .param("sms", channels.sms())
        .update();
  }

  Optional<Contact> contact(long account) {
    return jdbc.sql("select email, phone from notification_contact where account_id = :a")
        .param("a", account)
        .query((rs, n) -> new Contact(rs.getString("email"), rs.getString("phone")))
        .optional();
  }

  void setContact(long account, Contact contact) {
    jdbc.sql(
            """
            insert into notification_contact (account_id, email, phone) values (:a, :email, :phone)
            on conflict (account_id) do update set email = excluded.email, phone = excluded.phone
            """)
        .param("a", account)
        .param("email", contact.email())
        .param("phone", contact.phone())
        .update();
  }

  private static Channels channelsOf(ResultSet rs) throws SQLException {
    return new Channels(rs.getBoolean("in_app"), rs.getBoolean("email"), rs.getBoolean("sms"));
  }

  private static Notification notification(ResultSet rs, int n) throws SQLException {
    return new Notification(
        rs.getLong("id"),
        NotificationKind.valueOf(rs.getString("kind")),
        rs.getString("what"),
        rs.getString("argument"),
        rs.getString("about"),
        rs.getObject("due_on", LocalDate.class),
        rs.getBoolean("overdue"),
        rs.getString("link"),
        rs.getObject("created_on", LocalDate.class),
        rs.getObject("read_at", OffsetDateTime.class));
  }
}
