package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dangbo.Waiting;
import vn.dangbo.figures.FigureCache;

/**
 * A signed-in user's account is read once and kept between pages until the database announces a
 * change to an account (topic {@code accounts}, V64): a change of anything else keeps it; a new
 * name, or the account disabled, is seen on the next page once the change is heard. The changes are
 * committed (announcements go out at commit) and undone after.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeptAccountTests {

  @Autowired CurrentUserResolver users;
  @Autowired UserAccounts accounts;
  @Autowired TestUsers testUsers;
  @Autowired FigureCache changes;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @BeforeEach
  void hearingChanges() {
    Waiting.until(() -> changes.mark().isPresent(), "the announcements to be heard");
  }

  @Test
  void theAccountIsKeptWhileOnlyOtherThingsChange() {
    long id = id("bithu.langcheu");
    var kept = users.account(id);
    assertThat(users.account(id)).isSameAs(kept);
    assertThat(kept.orElseThrow().passwordHash()).as("no password hash kept").isNull();
    assertThat(kept.orElseThrow().displayName()).isNotBlank();

    long heard = changes.mark().orElseThrow();
    jdbc.sql("update member set cell_id = cell_id where id = (select min(id) from member)")
        .update();
    Waiting.until(() -> changes.mark().orElseThrow() > heard, "the member's change heard");
    assertThat(users.account(id)).isSameAs(kept);
  }

  @Test
  void aChangedAccountIsReadAgainOnceTheChangeIsHeard() {
    long id = id("bithu.langcheu");
    var name = users.account(id).orElseThrow().displayName();
    try {
      rename(id, "Tên đổi");
      Waiting.until(
          () -> users.account(id).orElseThrow().displayName().equals("Tên đổi"), "the new name");
    } finally {
      rename(id, name);
    }
    Waiting.until(() -> users.account(id).orElseThrow().displayName().equals(name), "the name");
  }

  @Test
  void aDisabledAccountIsRefusedOnItsNextPageOnceTheChangeIsHeard() throws Exception {
    long id = id("bithu.hangdong");
    var signedIn = testUsers.signedIn("bithu.hangdong");
    assertThat(status(signedIn)).isEqualTo(200);
    try {
      enable(id, false);
      Waiting.until(() -> status(signedIn) == 403, "the disabled account refused");
    } finally {
      enable(id, true);
    }
    Waiting.until(() -> status(signedIn) == 200, "the account enabled again");
  }

  private int status(RequestPostProcessor signedIn) {
    try {
      return mvc.perform(get("/members").with(signedIn)).andReturn().getResponse().getStatus();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void rename(long id, String name) {
    jdbc.sql("update user_account set display_name = :name where id = :id")
        .param("name", name)
        .param("id", id)
        .update();
  }

  private void enable(long id, boolean enabled) {
    jdbc.sql("update user_account set enabled = :enabled where id = :id")
        .param("enabled", enabled)
        .param("id", id)
        .update();
  }

  private long id(String username) {
    return accounts.findByUsername(username).orElseThrow().id();
  }
}
