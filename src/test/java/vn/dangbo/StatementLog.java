package vn.dangbo;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL statements (with their parameters) the application runs on the current thread
 * while a piece of test code runs, so tests can count them per page and check their plans. Install
 * it with {@link #installer()} as a bean of a test configuration.
 */
public final class StatementLog {

  /** One statement as run: its SQL and its parameters by position (1-based). */
  public record Executed(String sql, TreeMap<Integer, Object> parameters) {

    public boolean isQuery() {
      String start = sql.stripLeading().toLowerCase(Locale.ROOT);
      return start.startsWith("select") || start.startsWith("with");
    }
  }

  /** A parameter set to SQL NULL of this JDBC type. */
  public record Null(int sqlType) {}

  private static final ThreadLocal<List<Executed>> LOG = new ThreadLocal<>();

  private StatementLog() {}

  /** The statements run on this thread by {@code work}, in order. */
  public static List<Executed> during(Callable<?> work) throws Exception {
    LOG.set(new ArrayList<>());
    try {
      work.call();
      return List.copyOf(LOG.get());
    } finally {
      LOG.remove();
    }
  }

  /** Wraps every DataSource of the context so its statements are recorded. */
  public static BeanPostProcessor installer() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Recording)
            ? new Recording(dataSource)
            : bean;
      }
    };
  }

  private static void record(String sql, TreeMap<Integer, Object> parameters) {
    var log = LOG.get();
    // the audit actor each connection is given as it leaves the pool is not the page's work
    if (log != null && !sql.contains("set_config('dangbo.actor'")) {
      log.add(new Executed(sql, new TreeMap<>(parameters)));
    }
  }

  private static final class Recording extends DelegatingDataSource {
    Recording(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
      return proxy(Connection.class, new ConnectionHandler(super.getConnection()));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private record ConnectionHandler(Connection target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      Object result = call(target, method, args);
      if (method.getName().equals("prepareStatement")) {
        return proxy(
            PreparedStatement.class,
            new StatementHandler((PreparedStatement) result, (String) args[0]));
      }
      if (method.getName().equals("createStatement")) {
        return proxy(Statement.class, new StatementHandler((Statement) result, null));
      }
      return result;
    }
  }

  private static final class StatementHandler implements InvocationHandler {
    private final Statement target;
    private final String sql;
    private final TreeMap<Integer, Object> parameters = new TreeMap<>();

    StatementHandler(Statement target, String sql) {
      this.target = target;
      this.sql = sql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.startsWith("set")
          && args != null
          && args.length >= 2
          && args[0] instanceof Integer index) {
        parameters.put(index, name.equals("setNull") ? new Null((Integer) args[1]) : args[1]);
      } else if (name.equals("clearParameters")) {
        parameters.clear();
      } else if (name.startsWith("execute")) {
        if (args != null && args.length > 0 && args[0] instanceof String text) {
          record(text, new TreeMap<>());
        } else if (sql != null) {
          record(sql, parameters);
        }
      }
      return call(target, method, args);
    }
  }
}
