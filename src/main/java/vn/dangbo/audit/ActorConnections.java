package vn.dangbo.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import vn.dangbo.accounts.SessionStoreWork;

/**
 * Tells each database connection, when it is taken from the pool, who is acting ({@code
 * dangbo.actor}, {@code dangbo.on_behalf_of}, {@code dangbo.address}), so the audit triggers record
 * it with every change. A connection already set for the same actor is not set again.
 */
@Component
class ActorConnections implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof ActorDataSource)) {
      return new ActorDataSource(dataSource);
    }
    return bean;
  }

  static final class ActorDataSource extends DelegatingDataSource {

    private static final ThreadLocal<Boolean> FINDING_ACTOR = new ThreadLocal<>();

    /** The actor last set on each physical connection. */
    private final Map<Connection, Actor> set = new WeakHashMap<>();

    ActorDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return withActor(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return withActor(super.getConnection(username, password));
    }

    private Connection withActor(Connection connection) throws SQLException {
      if (FINDING_ACTOR.get() != null || SessionStoreWork.underway()) {
        // The session store's connections (reading the signed-in session, also while finding the
        // actor, and saving it) only read and write the session tables, which are not audited:
        // they go without an actor instead of looking for it, which would read the session again.
        return connection;
      }
      Actor actor;
      FINDING_ACTOR.set(Boolean.TRUE);
      try {
        actor = Actor.current();
      } finally {
        FINDING_ACTOR.remove();
      }
      Connection physical =
          connection.isWrapperFor(org.postgresql.PGConnection.class)
              ? connection.unwrap(org.postgresql.PGConnection.class) instanceof Connection c
                  ? c
                  : connection
              : connection;
      synchronized (set) {
        if (Objects.equals(set.get(physical), actor)) {
          return connection;
        }
      }
      try (var statement =
          connection.prepareStatement(
              "select set_config('dangbo.actor', ?, false), set_config('dangbo.on_behalf_of', ?,"
                  + " false), set_config('dangbo.address', ?, false)")) {
        statement.setString(1, actor.name());
        statement.setString(2, actor.onBehalfOf() == null ? "" : actor.onBehalfOf());
        statement.setString(3, actor.address() == null ? "" : actor.address());
        statement.execute();
      }
      synchronized (set) {
        set.put(physical, actor);
      }
      return connection;
    }
  }
}
