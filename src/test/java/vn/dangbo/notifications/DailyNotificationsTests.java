package vn.dangbo.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.accounts.UserAccounts;

/**
 * The daily job on the demo commune: each item is told once however often the job runs, and every
 * notification an account is given opens for that account (it is in the account's own units).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DailyNotificationsTests {

  @Autowired DailyNotifications daily;
  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts accounts;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired NotificationInbox inbox;
  @Autowired NotificationRepository repository;

  @Test
  void eachItemIsToldOnceHoweverOftenTheJobRuns() {
    var today = LocalDate.now();
    daily.run(today);
    int told = count();
    assertThat(told).isPositive();
    assertThat(daily.run(today)).isZero();
    assertThat(daily.run(today.plusDays(1)))
        .as("the next day tells only what is new")
        .isEqualTo(count() - told);
  }

  @Test
  void everyNotificationIsInItsRecipientsOwnUnits() {
    daily.run(LocalDate.now());
    for (var username : new String[] {"bithu.langcheu", "bithu.hangdong", "phutrach.my"}) {
      long account = accounts.findByUsername(username).orElseThrow().id();
      var links =
          jdbc.sql("select distinct link from notification where account_id = :a")
              .param("a", account)
              .query(String.class)
              .list();
      assertThat(links).as(username).isNotEmpty();
      for (var link : links) {
        assertThat(mvc.get().uri(link).with(users.signedIn(username)))
            .as(username + " opens " + link)
            .hasStatusOk();
      }
    }
  }

  @Test
  void nobodyButThoseWhoLookAfterUnitsIsTold() {
    daily.run(LocalDate.now());
    assertThat(count()).isPositive();
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from notification n join user_account a on a.id = n.account_id
                    where a.role in ('MEMBER', 'ADMINISTRATOR', 'SUPERIOR_VIEWER')
                    """)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aKindWantedByEmailOnlyStaysOffTheBellButCountsInTheDigest() {
    var secretary = accounts.findByUsername("bithu.langcheu").orElseThrow();
    var user = users.current("bithu.langcheu");
    var choices = new java.util.EnumMap<NotificationKind, Channels>(NotificationKind.class);
    choices.put(NotificationKind.MONTHLY_REPORTS, new Channels(false, true, false));
    inbox.choose(choices, "bithu@langcheu.example", "0912000111", user);
    jdbc.sql("delete from notification where account_id = :a").param("a", secretary.id()).update();
    var today = LocalDate.now();
    daily.run(today);

    assertThat(inbox.list(user))
        .extracting(Notification::kind)
        .doesNotContain(NotificationKind.MONTHLY_REPORTS);
    assertThat(inbox.today(user))
        .extracting(DigestLine::kind)
        .doesNotContain(NotificationKind.MONTHLY_REPORTS);
    assertThat(repository.digest(secretary.id(), today, false))
        .extracting(DigestLine::kind)
        .contains(NotificationKind.MONTHLY_REPORTS);
    assertThat(inbox.unread(user))
        .isEqualTo(
            jdbc.sql(
                    """
                    select count(*) from notification where account_id = :a and read_at is null
                      and kind <> 'MONTHLY_REPORTS'
                    """)
                .param("a", secretary.id())
                .query(Integer.class)
                .single());
  }

  private int count() {
    return jdbc.sql("select count(*) from notification").query(Integer.class).single();
  }
}
