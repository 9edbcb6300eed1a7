package vn.dangbo.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;
import vn.dangbo.Waiting;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.figures.FigureCache;

/**
 * The database goes away while dangbo runs (every connection cut, new ones refused), then comes
 * back: meanwhile requests get a clear 503 in Vietnamese, not a stack trace nor a wrong "sign in";
 * afterwards dangbo works again without a restart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseOutageTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired DataSource dataSource;
  @Autowired FigureCache changes;

  @Test
  void requestsFailCleanlyWhileTheDatabaseIsAwayAndWorkWhenItIsBack() throws Exception {
    var office = users.signedIn("vanphong.langcheu");
    assertThat(mvc.get().uri("/api/v1/organizations").with(office)).hasStatusOk();
    String url;
    String database;
    try (var connection = dataSource.getConnection()) {
      url = connection.getMetaData().getURL();
      database = connection.getCatalog();
    }
    String maintenance = url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
    try (var admin = DriverManager.getConnection(maintenance, "postgres", null);
        var statement = admin.createStatement()) {
      try {
        statement.execute("alter database \"" + database + "\" allow_connections false");
        statement.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + database
                + "'");
        // until the outage is noticed (at most half a second) a page may still be answered from
        // what was kept (the account, the tree), which nothing can change meanwhile, and the
        // session it cannot save does not fail it
        var meanwhile = mvc.get().uri("/api/v1/organizations").with(office).exchange();
        assertThat(meanwhile.getUnresolvedException()).isNull();
        assertThat(meanwhile.getResponse().getStatus()).isIn(200, 503);
        Waiting.until(() -> changes.mark().isEmpty(), "the lost connection noticed");

        assertThat(mvc.get().uri("/api/v1/organizations").with(office))
            .hasStatus(503)
            .hasHeader("Retry-After", "30")
            .bodyJson()
            .extractingPath("$.message")
            .asString()
            .contains("không kết nối được cơ sở dữ liệu");
        assertThat(mvc.get().uri("/api/v1/organizations").with(httpBasic("admin", Demo.PASSWORD)))
            .hasStatus(503);
        assertThat(mvc.get().uri("/members").with(office))
            .hasStatus(503)
            .bodyText()
            .contains("không kết nối được cơ sở dữ liệu")
            .doesNotContain("Exception");
      } finally {
        statement.execute("alter database \"" + database + "\" allow_connections true");
      }
    }
    assertThat(mvc.get().uri("/api/v1/organizations").with(office)).hasStatusOk();
    assertThat(mvc.get().uri("/members").with(office)).hasStatusOk();
  }
}
