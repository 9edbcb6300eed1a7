package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;
import vn.dangbo.audit.AuditQuery;
import vn.dangbo.audit.AuditTrail;

/**
 * Ready for an incident: the administrator lists, for a time window, every record an account viewed
 * and every file it downloaded; and locking the account signs it out everywhere at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BreachReadinessTests {

  @LocalServerPort int port;
  @Autowired AuditTrail trail;
  @Autowired AccountAdministration administration;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;
  @Autowired TestUsers users;

  private final FormClient browser = new FormClient();

  @Test
  void theRecordsAnAccountReadAreListedAndLockingItEndsItsSessions() throws Exception {
    var suspect = accounts.findByUsername("bithu.hangdong").orElseThrow();
    long cell = demo.named("Chi bộ bản Háng Đồng");
    long member =
        jdbc.sql("select min(id) from member where cell_id = :cell")
            .param("cell", cell)
            .query(Long.class)
            .single();
    assertThat(browser.signIn(port, "bithu.hangdong").statusCode()).isEqualTo(302);
    assertThat(browser.get(port, "/members/" + member).statusCode()).isEqualTo(200);
    assertThat(browser.get(port, "/members/export.xlsx?cell=" + cell).statusCode()).isEqualTo(200);

    var admin = users.current("admin");
    var today = LocalDate.now();
    var read =
        trail
            .find(new AuditQuery("bithu.hangdong", null, null, today, today, 0, true), admin)
            .entries();
    assertThat(read).extracting(e -> e.action()).containsOnly("VIEW", "EXPORT");
    assertThat(read)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("VIEW");
              assertThat(e.recordType()).isEqualTo("member");
              assertThat(e.recordId()).isEqualTo(String.valueOf(member));
            })
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("EXPORT");
              assertThat(e.detail()).contains("/members/export.xlsx?cell=" + cell);
            });

    assertThat(sessionsOf("bithu.hangdong")).isPositive();
    try {
      administration.setEnabled(suspect.id(), false, null, admin);
      assertThat(sessionsOf("bithu.hangdong")).isZero();
      var after = browser.get(port, "/members");
      assertThat(after.statusCode()).as("signed out at once").isEqualTo(302);
      assertThat(after.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
      assertThat(browser.signIn(port, "bithu.hangdong").headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).contains("error=disabled"));
    } finally {
      administration.setEnabled(suspect.id(), true, null, admin);
    }
  }

  private int sessionsOf(String username) {
    return jdbc.sql("select count(*) from spring_session where principal_name = :u")
        .param("u", username)
        .query(Integer.class)
        .single();
  }
}
