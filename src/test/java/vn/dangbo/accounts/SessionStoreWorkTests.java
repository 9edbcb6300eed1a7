package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A connection taken while the session store is at work is not told who is acting: finding the
 * actor reads the session (on behalf of whom), which is what the store is reading. Any other
 * connection is told, so that the audit triggers record who changed what.
 */
@SpringBootTest
class SessionStoreWorkTests {

  @Autowired DataSource dataSource;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theSessionStoresConnectionsGoWithoutTheActor() {
    actAs("someone.else");
    assertThat(actorOnAConnection()).isEqualTo("someone.else");

    actAs("store.reader");
    assertThat(SessionStoreWork.underway()).isFalse();
    String inside =
        SessionStoreWork.run(
            () -> {
              assertThat(SessionStoreWork.underway()).isTrue();
              // nested work stays underway until the outer work ends
              assertThat(SessionStoreWork.run(SessionStoreWork::underway)).isTrue();
              assertThat(SessionStoreWork.underway()).isTrue();
              return actorOnAConnection();
            });
    assertThat(inside).isNotEqualTo("store.reader");
    assertThat(SessionStoreWork.underway()).isFalse();
    assertThat(actorOnAConnection()).isEqualTo("store.reader");
  }

  private static void actAs(String name) {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(name, null, "ROLE_X"));
  }

  private String actorOnAConnection() {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery("select current_setting('dangbo.actor', true)")) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
