package vn.dangbo.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when {@code spring.datasource.url} (or {@code DANGBO_DB_URL}) is
 * empty. With an external URL this configuration stays off and Spring Boot's own data source is
 * used, so no embedded server starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

  /** A temporary server lives as long as the JVM, so every test context of a run shares it. */
  private static EmbeddedPostgresServer temporaryServer;

  /** Application contexts still using the temporary server. */
  private static final AtomicInteger temporaryUsers = new AtomicInteger();

  @Bean
  EmbeddedServerHandle embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
    if (properties.temporary()) {
      var server = sharedTemporaryServer();
      temporaryUsers.incrementAndGet();
      return new EmbeddedServerHandle(server, false);
    }
    return new EmbeddedServerHandle(
        EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port()), true);
  }

  @Bean
  DataSource dataSource(EmbeddedServerHandle handle, EmbeddedDatabaseProperties properties) {
    handle.server().createDatabaseIfMissing(properties.databaseName());
    var dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(handle.server().jdbcUrl(properties.databaseName()));
    dataSource.setUsername("postgres");
    dataSource.setPoolName("dangbo-embedded");
    dataSource.setMaximumPoolSize(10);
    // a request waits at most this long for the database before it is told to try again
    dataSource.setConnectionTimeout(5_000);
    dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
    return dataSource;
  }

  /** Daily backups beside the data, unless the server is a throw-away one. */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "dangbo.database.embedded.temporary",
      havingValue = "false",
      matchIfMissing = true)
  AutomaticBackups automaticBackups(
      Backups backups, EmbeddedDatabaseProperties properties, java.time.Clock clock) {
    return new AutomaticBackups(backups, properties.dataDirectory().resolve("backups"), clock);
  }

  private static synchronized EmbeddedPostgresServer sharedTemporaryServer() {
    if (temporaryServer == null) {
      try {
        var directory = Files.createTempDirectory("dangbo-test-db");
        var server = EmbeddedPostgresServer.start(directory, 0);
        temporaryServer = server;
        // Stop it when the JVM ends, but only after the contexts using it have closed (they close
        // in hooks of their own, running at the same time), so none of them waits for a dead
        // server.
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      long deadline = System.nanoTime() + 20_000_000_000L;
                      while (temporaryUsers.get() > 0 && System.nanoTime() < deadline) {
                        try {
                          Thread.sleep(100);
                        } catch (InterruptedException e) {
                          break;
                        }
                      }
                      server.close();
                    },
                    "dangbo-test-db-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return temporaryServer;
  }

  /** Closes the server with the application context, unless it is the JVM-wide test server. */
  record EmbeddedServerHandle(EmbeddedPostgresServer server, boolean ownedByContext)
      implements AutoCloseable {
    @Override
    public void close() {
      if (ownedByContext) {
        server.close();
      } else {
        temporaryUsers.decrementAndGet();
      }
    }
  }
}
