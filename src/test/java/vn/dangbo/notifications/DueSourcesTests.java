package vn.dangbo.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.Scopes;
import vn.dangbo.accounts.UserAccount;
import vn.dangbo.accounts.UserAccounts;
import vn.dangbo.development.DueDates;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.meetings.Meetings;
import vn.dangbo.members.MemberFactsReader;
import vn.dangbo.rules.RuleKey;

/**
 * Each kind of thing due at its edges, on the demo commune: the day before it enters the horizon,
 * the day it does (the horizon counted in working days, through the calendar's holidays), its own
 * day, and the day after (overdue); and each in the recipient's own units only.
 */
@SpringBootTest
@Transactional
class DueSourcesTests {

  @Autowired DueSources sources;
  @Autowired DueDates dueDates;
  @Autowired MemberFactsReader memberFacts;
  @Autowired Meetings meetings;
  @Autowired UserAccounts accounts;
  @Autowired Scopes scopes;
  @Autowired Demo demo;
  @Autowired JdbcClient jdbc;

  private final LocalDate today = LocalDate.now();

  @Test
  void theHorizonIsCountedInWorkingDaysThroughTheHolidays() {
    // Friday 24/4/2026: the substitute day of Giỗ Tổ (Monday 27/4), 30/4 and 1/5 are not counted
    assertThat(sources.until(LocalDate.of(2026, 4, 24), RuleKey.NOTIFY_STEPS_WORKING_DAYS))
        .isEqualTo(LocalDate.of(2026, 5, 6));
    // an ordinary week: Monday 9/11/2026 plus five working days is the next Monday
    assertThat(sources.until(LocalDate.of(2026, 11, 9), RuleKey.NOTIFY_STEPS_WORKING_DAYS))
        .isEqualTo(LocalDate.of(2026, 11, 16));
  }

  @Test
  void aStepIsToldFromTheDayItsDeadlineEntersTheHorizonAndIsOverdueTheDayAfter() {
    var office = "vanphong.taxua";
    var due =
        dueDates.worklist(scope(office), today, 400).stream()
            .filter(d -> !d.what().equals("due.probationEnds") && d.by().isAfter(today))
            .findFirst()
            .orElseThrow();
    String key = due.link() + "|" + due.what();
    LocalDate entered = firstDayReaching(due.by(), RuleKey.NOTIFY_STEPS_WORKING_DAYS);

    assertThat(item(office, NotificationKind.STEPS, key, entered.minusDays(1))).isNull();
    assertThat(item(office, NotificationKind.STEPS, key, entered).overdue()).isFalse();
    assertThat(item(office, NotificationKind.STEPS, key, due.by()).overdue()).isFalse();
    assertThat(item(office, NotificationKind.STEPS, key, due.by().plusDays(1)).overdue()).isTrue();
  }

  @Test
  void aBadgeIsToldFromTheDayItEntersTheHorizonUntilItsDay() {
    var office = "vanphong.taxua";
    var badge =
        memberFacts.badgesDueIn(today.getYear() + 1, scope(office)).stream()
            .findFirst()
            .orElseThrow();
    String key = "badge:" + badge.member().id() + ":" + badge.years();
    LocalDate entered = firstDayReaching(badge.dueOn(), RuleKey.NOTIFY_BADGES_WORKING_DAYS);

    assertThat(item(office, NotificationKind.BADGES, key, entered.minusDays(1))).isNull();
    assertThat(item(office, NotificationKind.BADGES, key, entered)).isNotNull();
    assertThat(item(office, NotificationKind.BADGES, key, badge.dueOn())).isNotNull();
    assertThat(item(office, NotificationKind.BADGES, key, badge.dueOn().plusDays(1))).isNull();
  }

  @Test
  void aCellThatHasNotMetIsToldFromThe25thAndOverdueOnceTheMonthHasEnded() {
    var secretary = "bithu.langcheu";
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var month = YearMonth.from(today).plusMonths(3);
    String key = "meeting:" + cell + ":" + month;

    assertThat(item(secretary, NotificationKind.MEETINGS, key, month.atDay(24))).isNull();
    assertThat(item(secretary, NotificationKind.MEETINGS, key, month.atDay(25)).overdue())
        .isFalse();
    assertThat(
            item(secretary, NotificationKind.MEETINGS, key, month.plusMonths(1).atDay(1)).overdue())
        .isTrue();
    assertThat(items(secretary, NotificationKind.MEETINGS, month.atDay(25)))
        .as("the secretary's own cell only")
        .filteredOn(i -> !i.overdue())
        .extracting(DueItem::key)
        .containsExactly(key);

    meetings.plan(
        cell,
        MeetingKind.REGULAR,
        month.atDay(10),
        "Nhà văn hóa bản",
        "Sinh hoạt thường kỳ",
        null,
        OrganizationScope.all(),
        "test");
    assertThat(item(secretary, NotificationKind.MEETINGS, key, month.atDay(25))).isNull();
    assertThat(item(secretary, NotificationKind.MEETINGS, key, month.plusMonths(1).atDay(1)))
        .isNull();
  }

  @Test
  void congressesDueAndOverdueReachTheOfficeAndNotAnotherCell() {
    var items = items("vanphong.taxua", NotificationKind.CONGRESSES, today);
    assertThat(items).extracting(DueItem::overdue).contains(true, false);
    String hangDong = "/organizations/" + demo.named("Chi bộ bản Háng Đồng") + "/terms";
    var elsewhere =
        items.stream().filter(i -> !i.link().equals(hangDong)).map(DueItem::key).toList();
    assertThat(elsewhere).as("the office is told of other units' congresses").isNotEmpty();
    assertThat(items("bithu.hangdong", NotificationKind.CONGRESSES, today))
        .extracting(DueItem::key)
        .as("the secretary of another cell is told of none of them")
        .doesNotContainAnyElementsOf(elsewhere);
  }

  @Test
  void monthlyReportsMissingOrReturnedReachTheCellAndWaitingOnesTheOffice() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    var secretary = items("bithu.langcheu", NotificationKind.MONTHLY_REPORTS, today);
    assertThat(secretary).isNotEmpty();
    assertThat(secretary).extracting(DueItem::link).allMatch(l -> l.contains("cell=" + cell + "&"));
    assertThat(secretary).extracting(DueItem::what).doesNotContain("notify.report.SUBMITTED");
    assertThat(items("vanphong.taxua", NotificationKind.MONTHLY_REPORTS, today))
        .extracting(DueItem::what)
        .contains("notify.report.SUBMITTED", "notify.report.MISSING");
  }

  @Test
  void aProvincesOfficeIsNotToldOfTheReportsAndMeetingsTheCommunesReview() {
    jdbc.sql(
            """
            insert into user_account (username, display_name, password_hash, role,
              organization_id)
            values ('vanphong.tinh', 'Văn phòng Tỉnh ủy', '{noop}x', 'COMMITTEE_OFFICE', :province)
            """)
        .param("province", demo.code("SL"))
        .update();

    assertThat(scope("vanphong.tinh").canSee(demo.named("Chi bộ bản Làng Chếu"))).isTrue();
    assertThat(items("vanphong.tinh", NotificationKind.MONTHLY_REPORTS, today)).isEmpty();
    assertThat(items("vanphong.taxua", NotificationKind.MONTHLY_REPORTS, today)).isNotEmpty();
    var lateInAMonth = YearMonth.from(today).plusMonths(3).atDay(25);
    assertThat(items("vanphong.tinh", NotificationKind.MEETINGS, lateInAMonth)).isEmpty();
    assertThat(items("vanphong.taxua", NotificationKind.MEETINGS, lateInAMonth)).isNotEmpty();
  }

  @Test
  void duesBehindAndMembersAwayReachTheirCellsSecretaryOnly() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    // a member who pays dues (paid three months ago) and has now paid nothing since
    var from = YearMonth.from(today).minusMonths(3).atDay(1);
    long owing =
        jdbc.sql("select min(member_id) from dues_payment where cell_id = :cell and month = :from")
            .param("cell", cell)
            .param("from", from)
            .query(Long.class)
            .single();
    jdbc.sql("delete from dues_payment where member_id = :m and month >= :from")
        .param("m", owing)
        .param("from", from)
        .update();
    var dues = items("bithu.langcheu", NotificationKind.DUES, today);
    assertThat(dues)
        .extracting(DueItem::key)
        .contains("dues:" + owing + ":" + YearMonth.from(today));
    assertThat(dues).isNotEmpty().allMatch(i -> i.link().equals("/dues?cell=" + cell));
    assertThat(items("vanphong.taxua", NotificationKind.DUES, today))
        .as("the office reads dues in its reports, it is not told member by member")
        .isEmpty();
    // an absence out of touch for a year (other tests record contacts and returns)
    long absence =
        jdbc.sql("select min(id) from member_absence where cell_id = :cell")
            .param("cell", cell)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            update member_absence set since = :since, last_contact = null, returned_on = null,
              expected_return = null where id = :id
            """)
        .param("id", absence)
        .param("since", today.minusYears(1))
        .update();
    var away = items("bithu.langcheu", NotificationKind.AWAY, today);
    assertThat(away)
        .extracting(DueItem::key)
        .contains("away:" + absence + ":" + YearMonth.from(today));
    assertThat(away).isNotEmpty().allMatch(i -> i.link().equals("/away?cell=" + cell));
    assertThat(items("bithu.hangdong", NotificationKind.AWAY, today))
        .extracting(DueItem::key)
        .doesNotContainAnyElementsOf(away.stream().map(DueItem::key).toList());
  }

  @Test
  void aMemberIsToldNothing() {
    assertThat(
            sources.of(
                account("dangvien.langcheu").role(),
                scope("dangvien.langcheu"),
                EnumSet.allOf(NotificationKind.class),
                today))
        .isEmpty();
  }

  /** The earliest day whose horizon reaches the day (counted back through the calendar). */
  private LocalDate firstDayReaching(LocalDate day, RuleKey key) {
    LocalDate first = day;
    while (!sources.until(first.minusDays(1), key).isBefore(day)) {
      first = first.minusDays(1);
    }
    return first;
  }

  private DueItem item(String user, NotificationKind kind, String key, LocalDate on) {
    return items(user, kind, on).stream().filter(i -> i.key().equals(key)).findFirst().orElse(null);
  }

  private List<DueItem> items(String user, NotificationKind kind, LocalDate on) {
    return sources.of(account(user).role(), scope(user), EnumSet.of(kind), on);
  }

  private UserAccount account(String username) {
    return accounts.findByUsername(username).orElseThrow();
  }

  private OrganizationScope scope(String username) {
    return scopes.of(account(username));
  }
}
