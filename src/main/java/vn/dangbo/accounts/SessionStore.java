package vn.dangbo.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
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

  private record OutageTolerant(TransactionOperations delegate) implements TransactionOperations {
    @Override
    public <T> T execute(TransactionCallback<T> action) {
      try {
        return delegate.execute(action);
      } catch (CannotCreateTransactionException | DataAccessResourceFailureException e) {
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
