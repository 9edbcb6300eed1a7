package vn.dangbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.dangbo.Demo;
import vn.dangbo.TestSession;
import vn.dangbo.accounts.TestUsers;

/**
 * The audit trail, against the real database and without a test transaction, so each request's work
 * commits as it does in use. The changes made are days off in 2099, which nothing else reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;
  @Autowired vn.dangbo.meetings.Meetings meetings;

  @Test
  void aChangeIsRecordedWithWhoFromWhereAndWhatItWrote() {
    String day = weekday(3);
    addHoliday("vanphong.taxua", day, "Ngày thử", null);
    addHoliday("vanphong.taxua", day, "Ngày thử đổi tên", null);
    assertThat(
            mvc.post()
                .uri("/calendar/{day}/delete", day)
                .param("legalBasis", "Thử sửa lịch")
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf()))
        .hasStatus3xxRedirection();

    // every change of a day is a new version of it, never an edit of the one before
    var lines = linesOfDay(day);
    assertThat(lines).extracting(l -> l.get("action")).containsOnly("INSERT").hasSize(3);
    assertThat(lines).allSatisfy(l -> assertThat(l.get("actor")).isEqualTo("vanphong.taxua"));
    assertThat(lines).allSatisfy(l -> assertThat(l.get("address")).isEqualTo("127.0.0.1"));
    assertThat((String) lines.get(0).get("after")).contains("Ngày thử\"");
    assertThat((String) lines.get(1).get("after")).contains("Ngày thử đổi tên");
    assertThat((String) lines.get(2).get("after")).contains("ORDINARY", "Thử sửa lịch");
  }

  @Test
  void aStoredValueTheInputGuardWouldRefuseNeverHidesTheAuditTrail() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long meeting =
        meetings.plan(
            cell,
            vn.dangbo.meetings.MeetingKind.THEMATIC,
            LocalDate.now().plusDays(40),
            null,
            "Tài liệu thử nhật ký",
            null,
            vn.dangbo.identity.OrganizationScope.all(),
            "test");
    // a file named to read as a PDF while it ends in .exe: shown without the override
    var upload =
        mvc.post()
            .uri("/api/v1/meetings/{id}/documents", meeting)
            .multipart()
            .file(
                new org.springframework.mock.web.MockMultipartFile(
                    "file",
                    "bien-ban\u202Efdp.pdf",
                    "application/pdf",
                    "%PDF-1.4\n%âãÏÓ\n1 0 obj\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD));
    assertThat(upload).hasStatus2xxSuccessful();
    assertThat(
            jdbc.sql("select file_name, original_name from meeting_document where meeting_id = :m")
                .param("m", meeting)
                .query()
                .singleRow())
        .containsEntry("file_name", "bien-banfdp.pdf")
        .containsEntry("original_name", "bien-ban\u202Efdp.pdf");
    // and a line written before names were made safe, holding the override as it came
    jdbc.sql(
            """
            insert into audit_log (actor, action, record_type, record_id, after)
            values ('vanphong.taxua', 'INSERT', 'meeting_document', 'cũ',
              cast(:after as jsonb))
            """)
        .param("after", "{\"file_name\": \"hoso\u202Efdp.exe\"}")
        .update();

    assertThat(
            mvc.get()
                .uri("/api/v1/audit?recordType=meeting_document")
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyText()
        .contains("hoso\u202Efdp.exe", "bien-ban\u202Efdp.pdf");
    assertThat(
            mvc.get()
                .uri("/audit?recordType=meeting_document")
                .with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("hoso\u202Efdp.exe");
    assertThat(
            mvc.get()
                .uri("/audit/export.xlsx?recordType=meeting_document")
                .with(users.signedIn("vanphong.taxua")))
        .hasStatusOk();
  }

  @Test
  void officeStaffEnteringForASecretaryAreRecordedAsSuch() {
    var session = new TestSession();
    assertThat(
            session.exchange(
                mvc.post()
                    .uri("/audit/on-behalf")
                    .param("account", "bithu.langcheu")
                    .with(users.signedIn("vanphong.taxua"))
                    .with(csrf())))
        .hasStatus3xxRedirection();
    assertThat(session.exchange(mvc.get().uri("/").with(users.signedIn("vanphong.taxua"))))
        .bodyText()
        .contains("Đang nhập thay cho bithu.langcheu");
    String day = weekday(4);
    addHoliday("vanphong.taxua", day, "Nhập thay", session);

    assertThat(linesOfDay(day))
        .singleElement()
        .satisfies(l -> assertThat(l.get("on_behalf_of")).isEqualTo("bithu.langcheu"));

    // only a secretary the office manages, and only by an office
    assertThat(
            mvc.post()
                .uri("/audit/on-behalf")
                .param("account", "bithu.langcheu")
                .with(users.signedIn("bithu.hangdong"))
                .with(csrf()))
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/audit/on-behalf")
                .param("account", "tinh.sonla")
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf()))
        .hasStatus(404);
  }

  @Test
  void signInsFailuresDownloadsAndRecordViewsAreRecorded() {
    assertThat(
            mvc.post()
                .uri("/login")
                .param("username", "khongco.nhatky")
                .param("password", "sai-mat-khau")
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(
            mvc.post()
                .uri("/login")
                .param("username", "phutrach.my")
                .param("password", Demo.PASSWORD)
                .with(csrf()))
        .hasRedirectedUrl("/");
    assertThat(latest("khongco.nhatky")).containsEntry("action", "SIGN_IN_FAILED");
    assertThat(count("phutrach.my", "SIGN_IN")).isPositive();

    long member =
        jdbc.sql("select id from member where cell_id = :cell order by id limit 1")
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    assertThat(mvc.get().uri("/members/{id}", member).with(users.signedIn("bithu.langcheu")))
        .hasStatusOk();
    assertThat(latest("bithu.langcheu"))
        .containsEntry("action", "VIEW")
        .containsEntry("record_type", "member")
        .containsEntry("record_id", String.valueOf(member));

    assertThat(mvc.get().uri("/members/export.xlsx").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk();
    assertThat(latest("bithu.langcheu"))
        .containsEntry("action", "EXPORT")
        .containsEntry("detail", "/members/export.xlsx");
    // a refused view leaves no VIEW line
    long before = count("bithu.hangdong", "VIEW");
    assertThat(mvc.get().uri("/members/{id}", member).with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
    assertThat(count("bithu.hangdong", "VIEW")).isEqualTo(before);
  }

  @Test
  void theTrailCannotBeChangedOrEmptied() {
    assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x'").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
        .rootCause()
        .hasMessageContaining("append-only");
  }

  @Test
  void everyTableIsUnderAuditAndSecretsStayOut() {
    var unaudited =
        jdbc.sql(
                """
                select c.relname from pg_class c join pg_namespace s on s.oid = c.relnamespace
                where s.nspname = current_schema() and c.relkind = 'r'
                  and c.relname not in ('audit_log', 'flyway_schema_history')
                  and c.relname not like 'event_publication%'
                  and c.relname not like 'spring_session%'
                  and c.relname not in ('candidate_stage_tally', 'meeting_tally', 'meeting_year_tally',
                    'member_tally', 'organization_ancestor')
                  -- written by migrations only, like flyway_schema_history
                  and c.relname not in ('change_notice_silent', 'change_notice_topic')
                  -- the answers kept for repeated sends; the writes themselves are audited
                  and c.relname <> 'idempotent_request'
                  -- the scheduler's heartbeats, the daily notifications (derived from audited
                  -- records) and the outbox's states; the choices and contacts are audited
                  and c.relname not in ('scheduled_tasks', 'notification', 'notification_delivery')
                  and (select count(*) from pg_trigger t
                       where t.tgrelid = c.oid and t.tgname like 'audit_%') <> 3
                """)
            .query(String.class)
            .list();
    assertThat(unaudited).as("tables a migration left out of audit_table()").isEmpty();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where before -> 'password_hash' is not null"
                        + " or after -> 'password_hash' is not null"
                        + " or after -> 'content' is not null")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void theViewerShowsAnOfficeItsOwnAccountsLinesAndRefusesOthers() {
    addHoliday("admin", weekday(5), "Của quản trị", null);
    addHoliday("vanphong.taxua", weekday(6), "Của xã", null);

    var json =
        assertThat(
                mvc.get()
                    .uri("/api/v1/audit?recordType=calendar_day&from={d}", LocalDate.now())
                    .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
            .hasStatusOk()
            .bodyJson();
    json.extractingPath("$.entries[*].actor")
        .asArray()
        .isNotEmpty()
        .allSatisfy(
            a -> assertThat(a).isIn("vanphong.taxua", "bithu.langcheu", "dangvien.langcheu"));
    assertThat(mvc.get().uri("/api/v1/audit?actor=admin").with(httpBasic("admin", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.entries")
        .asArray()
        .isNotEmpty();
    assertThat(mvc.get().uri("/audit").with(users.signedIn("bithu.langcheu"))).hasStatus(403);
    assertThat(mvc.get().uri("/api/v1/audit").with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(403);
    assertThat(
            mvc.get().uri("/audit?recordType=calendar_day").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Của xã")
        .doesNotContain("Của quản trị");
    assertThat(mvc.get().uri("/audit/export.xlsx").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  /** A working day of the month in 2099 that no earlier run of these tests used. */
  private String weekday(int month) {
    var day = LocalDate.of(2099, month, 1);
    while (day.getDayOfWeek().getValue() > 5
        || jdbc.sql(
                    "select count(*) from audit_log where record_type = 'calendar_day'"
                        + " and record_id like :day || '/%'")
                .param("day", day.toString())
                .query(Long.class)
                .single()
            > 0) {
      day = day.plusDays(1);
    }
    return day.toString();
  }

  private void addHoliday(String user, String day, String name, TestSession session) {
    var request =
        mvc.post()
            .uri("/calendar")
            .param("day", day)
            .param("name", name)
            .param("legalBasis", "Thử nhật ký")
            .with(users.signedIn(user))
            .with(csrf());
    assertThat(session == null ? request.exchange() : session.exchange(request))
        .hasStatus3xxRedirection();
  }

  /** The lines of every version of a day of the calendar, oldest first. */
  private List<Map<String, Object>> linesOfDay(String day) {
    return jdbc.sql(
            """
            select action, actor, on_behalf_of, address, cast(after as text) as after
            from audit_log where record_type = 'calendar_day' and record_id like :day || '/%'
            order by id
            """)
        .param("day", day)
        .query()
        .listOfRows();
  }

  private Map<String, Object> latest(String actor) {
    return jdbc.sql(
            "select action, record_type, record_id, detail from audit_log where actor = :actor"
                + " order by id desc limit 1")
        .param("actor", actor)
        .query()
        .singleRow();
  }

  private long count(String actor, String action) {
    return jdbc.sql("select count(*) from audit_log where actor = :actor and action = :action")
        .param("actor", actor)
        .param("action", action)
        .query(Long.class)
        .single();
  }
}
