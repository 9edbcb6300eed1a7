package vn.dangbo.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC), so any app instance serves any user. While
 * the database is away a session can be neither read nor saved: the request then goes on as without
 * a session (the page itself answers 503 as soon as it needs the database) instead of failing in
 * the middle of writing its answer.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

  private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

  /**
   * The transactions the session store runs in: Spring Session asks for this bean by name; it is no
   * candidate for anything else, so the application keeps Boot's own transaction template.
   */
  @Bean(defaultCandidate = false)
  TransactionOperations springSessionTransactionOperations(
      PlatformTransactionManager transactions) {
    var template = new TransactionTemplate(transactions);
    template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return new OutageTolerant(template);
  }

  /**
   * Every page moves its session's last access, and writing the session's row for each would make
   * every page a write to the database (a new row version, its indexes, a flush of the log to disk
   * at commit). The row is written when its id, owner or lifetime changes, or once the last access
   * it holds is a minute old; otherwise the update finds no row to change and the transaction
   * commits without writing. An idle session thus ends 29 to 30 minutes after its last page rather
   * than exactly 30. Spring Session binds the same six values, in the same order, as its own query.
   */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
    return repository ->
        repository.setUpdateSessionQuery(
            """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
              MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
              PRINCIPAL_NAME = V.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
                CAST(? AS INT) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
                CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
            WHERE S.PRIMARY_ID = V.PRIMARY_ID
              AND (S.SESSION_ID <> V.SESSION_ID
                OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
                OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
                OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= 60000)
            """);
  }

  /**
   * Two requests of one session that both add the same attribute (the first pages after signing in,
   * which each make the session's new CSRF token, loaded at once by a browser or by two instances)
   * both save it: the second insert replaces the first instead of failing on the key and answering
   * 500.
   */
  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesAddedTwiceBothSave() {
    return repository ->
        repository.setCreateSessionAttributeQuery(
            """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """);
  }

  private record OutageTolerant(TransactionOperations delegate) implements TransactionOperations {
    @Override
    public <T> T execute(TransactionCallback<T> action) {
      try {
        return SessionStoreWork.run(() -> delegate.execute(action));
      } catch (CannotCreateTransactionException
          | DataAccessResourceFailureException
          | TransactionSystemException e) {
        // the last: a pooled connection cut with the database, whose rollback fails too
        log.warn("Session not read or saved, the database is unavailable: {}", e.getMessage());
        return null;
      }
    }

    @Override
    public void executeWithoutResult(java.util.function.Consumer<TransactionStatus> action) {
      execute(
          status -> {
            action.accept(status);
            return null;
          });
    }
  }
}
