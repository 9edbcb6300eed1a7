package vn.dangbo.accounts;

import java.time.Instant;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a demo account in for a MockMvc request, as form login would. */
@Component
public class TestUsers {

  private final UserAccounts accounts;

  TestUsers(UserAccounts accounts) {
    this.accounts = accounts;
  }

  public RequestPostProcessor signedIn(String username) {
    var account = accounts.findByUsername(username).orElseThrow();
    return SecurityMockMvcRequestPostProcessors.user(new SignedInUser(account, Instant.now()));
  }
}
