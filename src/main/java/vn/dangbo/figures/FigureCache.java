package vn.dangbo.figures;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Figures computed from the data, kept until the data they come from change. A province's dashboard
 * reads a hundred thousand members and takes about half a second; the office opens it again and
 * again while nothing in the province changes. The database announces every committed change to the
 * audited tables on the channel {@code dangbo_changes} with the organisations it concerns: those of
 * the changed rows and everything above them (V31), or {@code *} when it may concern any. This
 * cache listens on one connection and numbers the announcements; an answer about an organisation is
 * served again only while no announcement concerning that organisation (or all) has come since it
 * was computed. PostgreSQL delivers an announcement when its transaction commits and to every app
 * instance, within a few milliseconds of the commit, so no instance serves figures older than the
 * last commit it has heard of. (Counting this instance's own commits at once would not do: every
 * page saves its session and many write an audit line, which change no figure and are not
 * announced.)
 *
 * <p>The number is read before the figures are computed: a change committed while they are computed
 * comes later, and they are not served again. While the listening connection is down nothing is
 * kept or served (every call computes afresh), and when it is back everything kept before is void.
 * Inside a transaction that writes, nothing is served either: it may see its own changes, which
 * nobody else has heard of yet. Answers are also dropped after {@link #LIFETIME} and when more than
 * {@link #ENTRIES} are kept, oldest first, to bound the memory; so is the record of which
 * organisation changed when, past {@link #CHANGED_ORGANIZATIONS} organisations (everything kept is
 * then void).
 *
 * <p>A table may announce its changes under a topic ({@code change_notice_topic}, V48: the dues
 * tables under {@code dues}): such a change voids only the answers kept under that topic, while a
 * change without one voids every answer. A payment voids the commune's dues report, not its
 * dashboard.
 */
@Component
public class FigureCache implements SmartLifecycle {

  static final String CHANNEL = "dangbo_changes";
  static final Duration LIFETIME = Duration.ofMinutes(10);
  static final int ENTRIES = 32;
  static final int CHANGED_ORGANIZATIONS = 100_000;
  private static final Duration RETRY = Duration.ofSeconds(5);

  /** How long one wait for announcements lasts: also how soon the listener notices a stop. */
  private static final int WAIT_MILLIS = 500;

  private static final Logger log = LoggerFactory.getLogger(FigureCache.class);

  private final DataSource dataSource;

  /** The number of the last announcement heard (or of the last time the listener went down). */
  private final AtomicLong changes = new AtomicLong();

  /** The number of the last announcement that concerned every organisation. */
  private volatile long changedAll;

  /** For each organisation, the number of the last announcement that concerned it. */
  private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();

  /** The same for the announcements of each topic, which void only the answers of that topic. */
  private final Map<String, Topic> topics = new ConcurrentHashMap<>();

  private static final class Topic {
    volatile long changedAll;
    final Map<Long, Long> changedAt = new ConcurrentHashMap<>();

    /** The number of the last announcement under the topic, whatever it concerned. */
    volatile long lastChange;
  }

  private volatile boolean listening;
  private volatile int listenerPid;
  private volatile boolean running;
  private Thread listener;

  private record Entry(long changes, long computedAt, Object value) {}

  private final Map<Object, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
          return size() > ENTRIES;
        }
      };

  public FigureCache(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The answer kept for the key if no change concerning the organisation was committed since, or
   * the computed one, kept. The key names everything the answer depends on besides the data of the
   * organisation and what is below it.
   */
  public <T> T get(long organizationId, Object key, Supplier<T> compute) {
    return get(null, organizationId, key, compute);
  }

  /**
   * The same for an answer that also depends on the tables announced under the topic: voided by the
   * changes without a topic and by those of this topic.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String topic, long organizationId, Object key, Supplier<T> compute) {
    long before = changes.get();
    if (!listening || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
      return compute.get();
    }
    long now = System.nanoTime();
    Entry kept;
    synchronized (entries) {
      kept = entries.get(key);
    }
    if (kept != null
        && unchangedSince(topic, organizationId, kept.changes())
        && now - kept.computedAt() < LIFETIME.toNanos()) {
      return (T) kept.value();
    }
    T value = compute.get();
    if (listening && unchangedSince(topic, organizationId, before)) {
      synchronized (entries) {
        entries.put(key, new Entry(before, now, value));
      }
    }
    return value;
  }

  /**
   * A mark of the announcements heard so far, for keeping anything else that depends on the
   * organisations' data (such as a user's scope); empty while announcements are not heard, when
   * nothing may be kept.
   */
  public OptionalLong mark() {
    long mark = changes.get();
    return listening ? OptionalLong.of(mark) : OptionalLong.empty();
  }

  /**
   * Whether no announcement concerning any of the organisations (or all) has come since the mark,
   * and announcements are still heard. Changes announced under a topic do not count.
   */
  public boolean unchangedSince(long mark, Collection<Long> organizations) {
    if (!listening) {
      return false;
    }
    for (long organization : organizations) {
      if (!unchangedSince(null, organization, mark)) {
        return false;
      }
    }
    return changedAll <= mark;
  }

  /**
   * Whether no announcement under the topic, nor one concerning every organisation, has come since
   * the mark, and announcements are still heard: for what is kept from the topic's tables alone.
   */
  public boolean unchangedSince(long mark, String topic) {
    if (!listening || changedAll > mark) {
      return false;
    }
    var changed = topics.get(topic);
    return changed == null || changed.lastChange <= mark;
  }

  private boolean unchangedSince(String topic, long organizationId, long change) {
    // the organisation first: whoever finds it cleared from the map sees why (heard)
    if (changedAt.getOrDefault(organizationId, 0L) > change || changedAll > change) {
      return false;
    }
    var changed = topic == null ? null : topics.get(topic);
    return changed == null
        || changed.changedAt.getOrDefault(organizationId, 0L) <= change
            && changed.changedAll <= change;
  }

  /** Notes an announcement: the organisations it names, or all, under its topic if it has one. */
  private void heard(String payload) {
    int colon = payload.indexOf(':');
    String ids = colon < 0 ? payload : payload.substring(colon + 1);
    if (ids.isEmpty()) {
      return; // the statement changed no row
    }
    long change = changes.incrementAndGet();
    if (colon >= 0) {
      var topic = topics.computeIfAbsent(payload.substring(0, colon), t -> new Topic());
      topic.lastChange = change;
      note(ids, change, topic.changedAt, () -> topic.changedAll = change);
    } else {
      note(ids, change, changedAt, () -> changedAll = change);
    }
  }

  private static void note(String ids, long change, Map<Long, Long> changedAt, Runnable all) {
    if (ids.equals("*") || changedAt.size() > CHANGED_ORGANIZATIONS) {
      all.run();
      changedAt.clear();
      return;
    }
    for (String id : ids.split(",")) {
      changedAt.put(Long.parseLong(id), change);
    }
  }

  /** Every answer kept so far is void. */
  private void voidAll() {
    changedAll = changes.incrementAndGet();
  }

  /** Whether answers are being kept: the connection that hears of changes is up. */
  boolean listening() {
    return listening;
  }

  /** The server process of the listening connection (tests break it). */
  int listenerPid() {
    return listenerPid;
  }

  private void listen() {
    while (running) {
      try (var connection = dataSource.getConnection()) {
        try (var statement = connection.createStatement();
            var pid = statement.executeQuery("select pg_backend_pid()")) {
          pid.next();
          listenerPid = pid.getInt(1);
          statement.execute("listen " + CHANNEL);
        }
        try {
          var notices = connection.unwrap(PGConnection.class);
          // whatever was kept before this connection may have missed a change
          voidAll();
          listening = true;
          while (running) {
            var heard = notices.getNotifications(WAIT_MILLIS);
            if (heard != null) {
              for (var notice : heard) {
                heard(notice.getParameter());
              }
            }
          }
        } finally {
          // the connection goes back to the pool: one that listened and is never read would hold
          // up the server's queue of notices for everyone
          try (var statement = connection.createStatement()) {
            statement.execute("unlisten *");
          } catch (SQLException e) {
            // a broken connection: the pool drops it
          }
        }
      } catch (SQLException e) {
        if (listening) {
          log.warn("Not hearing of changes, figures are computed afresh: {}", e.getMessage());
        }
      } finally {
        listening = false;
        voidAll();
      }
      if (running) {
        pause();
      }
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void start() {
    running = true;
    listener = new Thread(this::listen, "dangbo-change-notices");
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
      try {
        listener.join(WAIT_MILLIS * 4L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
