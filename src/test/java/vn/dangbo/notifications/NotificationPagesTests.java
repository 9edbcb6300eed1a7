package vn.dangbo.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.accounts.UserAccounts;

/**
 * The pages and the API: the bell and the list are the user's own (another's notification is not
 * found), the choices refuse an outside channel without its address, an office sets the defaults of
 * its own organisation only, and the outbox is the administrator's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class NotificationPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired DailyNotifications daily;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @BeforeEach
  void told() {
    daily.run(LocalDate.now());
  }

  @Test
  void theBellCountsTheUnreadAndTheListMarksThemRead() {
    long id = firstOf("bithu.langcheu");
    int unread = unread("bithu.langcheu");
    assertThat(mvc.get().uri("/members").with(users.signedIn("bithu.langcheu")))
        .as("the bell on any page")
        .hasStatusOk()
        .bodyText()
        .contains("Thông báo: " + unread + " chưa đọc");
    assertThat(mvc.get().uri("/notifications").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Tất cả thông báo (" + unread + " chưa đọc)", "Hôm nay");
    assertThat(
            mvc.post()
                .uri("/notifications/{id}/read", id)
                .param("open", "true")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus3xxRedirection()
        .redirectedUrl()
        .doesNotContain("/notifications");
    assertThat(unread("bithu.langcheu")).isEqualTo(unread - 1);
    assertThat(
            mvc.post()
                .uri("/notifications/read-all")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(unread("bithu.langcheu")).isZero();
  }

  @Test
  void anotherUsersNotificationIsNotFoundOnThePageOrInTheApi() {
    long theirs = firstOf("bithu.hangdong");
    assertThat(
            mvc.post()
                .uri("/notifications/{id}/read", theirs)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/notifications/{id}/read", theirs)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/notifications/{id}/read", 999_999_999L)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/notifications")
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .isEqualTo("[]");
  }

  @Test
  void anOutsideChannelNeedsItsAddressAndAnAddressMustBeOne() {
    assertThat(
            mvc.post()
                .uri("/notifications/preferences")
                .param("STEPS.inApp", "on")
                .param("STEPS.email", "on")
                .with(users.signedIn("phutrach.my"))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Muốn nhận qua thư thì ghi địa chỉ thư.");
    assertThat(
            mvc.put()
                .uri("/api/v1/notifications/preferences")
                .with(httpBasic("phutrach.my", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kinds\": {}, \"phone\": \"12345\"}"))
        .hasStatus(422);
    assertThat(
            mvc.put()
                .uri("/api/v1/notifications/preferences")
                .with(httpBasic("phutrach.my", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kinds\": {\"DUES\": {\"inApp\": false, \"email\": false, \"sms\": true}},"
                        + " \"phone\": \"0987 654 321\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.phone")
        .isEqualTo("0987654321");
    assertThat(
            mvc.post()
                .uri("/notifications/preferences")
                .param("BADGES.inApp", "on")
                .with(users.signedIn("tinh.sonla"))
                .with(csrf()))
        .as("a superior viewer chooses their own notifications")
        .hasStatus3xxRedirection();
  }

  @Test
  void anOfficeSetsTheDefaultsOfItsOwnOrganisationOnly() {
    long taXua = demo.code("TX");
    assertThat(mvc.get().uri("/notifications/defaults").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Mặc định nhận thông báo");
    assertThat(
            mvc.post()
                .uri("/notifications/defaults")
                .param("organization", String.valueOf(taXua))
                .param("role", "CELL_SECRETARY")
                .param("MONTHLY_REPORTS.inApp", "on")
                .param("MONTHLY_REPORTS.sms", "on")
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf()))
        .hasStatus3xxRedirection();
    // a secretary who has not chosen gets the office's default
    assertThat(
            mvc.get()
                .uri("/api/v1/notifications/preferences")
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.kinds.MONTHLY_REPORTS.sms")
        .isEqualTo(true);

    long province = demo.code("SL");
    assertThat(
            mvc.get()
                .uri("/notifications/defaults?organization={id}", province)
                .with(users.signedIn("vanphong.taxua")))
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/notifications/defaults")
                .param("organization", String.valueOf(taXua))
                .param("role", "CELL_SECRETARY")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/notifications/defaults")
                .param("organization", String.valueOf(taXua))
                .param("role", "MEMBER")
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Chỉ đặt mặc định cho văn phòng");
  }

  @Test
  void theOutboxIsTheAdministrators() {
    assertThat(mvc.get().uri("/admin/notifications").with(users.signedIn("vanphong.taxua")))
        .hasStatus(403);
    assertThat(
            mvc.get()
                .uri("/api/v1/admin/notification-deliveries")
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatus(403);
    assertThat(mvc.get().uri("/admin/notifications").with(users.signedIn("admin")))
        .hasStatusOk()
        .bodyText()
        .contains("Hàng đợi gửi thông báo");
  }

  private long firstOf(String username) {
    return jdbc.sql(
            """
            select n.id from notification n join user_account a on a.id = n.account_id
            where a.username = :u and n.read_at is null order by n.id limit 1
            """)
        .param("u", username)
        .query(Long.class)
        .single();
  }

  private int unread(String username) {
    return jdbc.sql(
            """
            select count(*) from notification n join user_account a on a.id = n.account_id
            where a.username = :u and n.read_at is null
            """)
        .param("u", username)
        .query(Integer.class)
        .single();
  }
}
