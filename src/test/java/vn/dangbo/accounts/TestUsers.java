package vn.dangbo.accounts;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dangbo.identity.CurrentUser;

/**
 * Signs a demo account in for a MockMvc request, as form login would; or gives the account as the
 * current user a service is called with.
 */
@Component
public class TestUsers {

  private final UserAccounts accounts;
  private final CurrentUserResolver users;

  TestUsers(UserAccounts accounts, CurrentUserResolver users) {
    this.accounts = accounts;
    this.users = users;
  }

  /**
   * Opens a member's account for the member's own record, in their cell (static: the web slices
   * that import this class have no database).
   */
  public static void openMemberAccount(JdbcClient jdbc, String username, long memberId) {
    jdbc.sql(
            """
            insert into user_account (username, display_name, password_hash, role,
              organization_id, member_id)
            select :username, m.full_name, '{noop}x', 'MEMBER', m.cell_id, m.id
            from member m where m.id = :member
            """)
        .param("username", username)
        .param("member", memberId)
        .update();
  }

  /** The demo account as the signed-in user of a request, with its scope of today. */
  public CurrentUser current(String username) {
    return users.of(accounts.findByUsername(username).orElseThrow());
  }

  public RequestPostProcessor signedIn(String username) {
    var account = accounts.findByUsername(username).orElseThrow();
    return SecurityMockMvcRequestPostProcessors.user(new SignedInUser(account, Instant.now()));
  }
}
