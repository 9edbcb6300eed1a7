package vn.dangbo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.RefusedException;

/** What goes with a meeting: its notice to members, attached documents, the minutes in Word. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MeetingPapersTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final byte[] PDF =
      "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

  @Autowired Meetings meetings;
  @Autowired MeetingDocuments documents;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  @Test
  void aMeetingPlannedWithLessNoticeThanTheRuleIsMarkedLate() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    LocalDate today = LocalDate.now();
    LocalDate nextMonth = today.plusMonths(1).withDayOfMonth(20);
    long inThreeDays =
        meetings.plan(cell, MeetingKind.REGULAR, today.plusDays(3), null, "Gấp", null, ALL, "t");
    long wellAhead =
        meetings.plan(cell, MeetingKind.REGULAR, nextMonth, null, "Tháng sau", null, ALL, "t");

    var late = meetings.find(inThreeDays, ALL).orElseThrow().notice();
    assertThat(late.daysGiven()).isEqualTo(3);
    assertThat(late.daysRequired()).isEqualTo(7);
    assertThat(late.late()).isTrue();
    assertThat(meetings.find(wellAhead, ALL).orElseThrow().notice().late()).isFalse();
    assertThat(meetings.notice(MeetingKind.REGULAR, today.withDayOfMonth(1), today.plusDays(40)))
        .satisfies(n -> assertThat(n.topicAfterMonthBegan()).isFalse());
    assertThat(
            meetings.notice(
                MeetingKind.REGULAR, nextMonth.withDayOfMonth(1), nextMonth.withDayOfMonth(25)))
        .satisfies(n -> assertThat(n.topicAfterMonthBegan()).isTrue());
    assertThat(mvc.get().uri("/meetings/{id}", inThreeDays).with(users.signedIn("bithu.langcheu")))
        .bodyText()
        .contains("Lên kế hoạch muộn", "chỉ báo trước 3 ngày, quy định báo trước 7 ngày");
    assertThat(
            mvc.post()
                .uri("/api/v1/meetings")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType("application/json")
                .content(
                    """
                    {"organizationId": %d, "kind": "REGULAR", "heldOn": "%s", "topic": "Mai"}
                    """
                        .formatted(cell, today.plusDays(1))))
        .hasStatus(201)
        .bodyJson()
        .extractingPath("$.notice.late")
        .isEqualTo(true);
  }

  @Test
  void documentsAreAttachedRecognisedByContentAndKeptOnceClosed() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long id =
        meetings.plan(
            cell,
            MeetingKind.REGULAR,
            LocalDate.now().plusDays(20),
            null,
            "Có tài liệu",
            null,
            ALL,
            "t");
    var upload = new MockMultipartFile("file", "Nghị quyết số 05.pdf", "application/pdf", PDF);

    assertThat(
            mvc.post()
                .uri("/meetings/{id}/documents", id)
                .multipart()
                .file(upload)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .hasStatus3xxRedirection();
    var attached = meetings.find(id, ALL).orElseThrow().documents();
    assertThat(attached)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.fileName()).isEqualTo("Nghị quyết số 05.pdf");
              assertThat(d.contentType()).isEqualTo("application/pdf");
              assertThat(d.size()).isEqualTo(PDF.length);
            });
    long document = attached.get(0).id();
    var download =
        mvc.get()
            .uri("/meetings/{id}/documents/{d}", id, document)
            .with(users.signedIn("bithu.langcheu"))
            .exchange();
    assertThat(download).hasStatusOk().hasContentType("application/pdf");
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .contains("attachment", "filename*=UTF-8''Ngh%E1%BB%8B");

    // another cell's secretary neither sees nor adds; a guessed document id of another meeting
    assertThat(
            mvc.get()
                .uri("/api/v1/meetings/{id}/documents/{d}", id, document)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/meetings/{id}/documents", id)
                .multipart()
                .file(upload)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    long other =
        meetings.plan(
            cell, MeetingKind.THEMATIC, LocalDate.now().plusDays(21), null, "Khác", null, ALL, "t");
    assertThat(
            mvc.get()
                .uri("/api/v1/meetings/{id}/documents/{d}", other, document)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);

    // a script named .pdf, an empty file and an executable are refused and nothing is stored
    for (var bad :
        new MockMultipartFile[] {
          new MockMultipartFile("file", "a.pdf", "application/pdf", "<script>".getBytes()),
          new MockMultipartFile("file", "b.pdf", "application/pdf", new byte[0]),
          new MockMultipartFile("file", "c.exe", "application/pdf", PDF)
        }) {
      assertThat(
              mvc.post()
                  .uri("/api/v1/meetings/{id}/documents", id)
                  .multipart()
                  .file(bad)
                  .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
          .hasStatus(422);
    }
    assertThat(meetings.find(id, ALL).orElseThrow().documents()).hasSize(1);

    // closed: documents may still be added (the signed minutes), never removed
    jdbc.sql(
            "update meeting set status = 'CLOSED', closed_at = now() - interval '1 minute' where id = :id")
        .param("id", id)
        .update();
    assertThatThrownBy(() -> documents.remove(id, document, ALL))
        .isInstanceOf(RefusedException.class)
        .hasFieldOrPropertyWithValue("messageCode", "meeting.refused.closed");
    documents.attach(id, "bien-ban-da-ky.pdf", new ByteArrayInputStream(PDF), ALL, "t");
    assertThat(meetings.find(id, ALL).orElseThrow().documents()).hasSize(2);
  }

  @Test
  void aMemberGetsTheMeetingsMaterialsButNotWhatWasAddedAfterTheMinutesClosed() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long id =
        meetings.plan(
            cell,
            MeetingKind.REGULAR,
            LocalDate.now().plusDays(2),
            null,
            "Tài liệu học",
            null,
            ALL,
            "t");
    long material = documents.attach(id, "tai-lieu.pdf", new ByteArrayInputStream(PDF), ALL, "t");
    // one transaction has one now(): date the material before the closing, the closing before now
    jdbc.sql(
            "update meeting_document set uploaded_at = now() - interval '2 minutes' where id = :id")
        .param("id", material)
        .update();
    jdbc.sql(
            "update meeting set status = 'CLOSED', closed_at = now() - interval '1 minute' where id = :id")
        .param("id", id)
        .update();
    long signed = documents.attach(id, "bien-ban-ky.pdf", new ByteArrayInputStream(PDF), ALL, "t");

    assertThat(
            mvc.get()
                .uri("/api/v1/meetings/{id}/documents/{d}", id, material)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatusOk();
    assertThat(
            mvc.get()
                .uri("/api/v1/meetings/{id}/documents/{d}", id, signed)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/meetings/{id}/documents/{d}", id, signed)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk();
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefused() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long id =
        meetings.plan(
            cell, MeetingKind.REGULAR, LocalDate.now().plusDays(20), null, "Lớn", null, ALL, "t");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);

    assertThatThrownBy(
            () -> documents.attach(id, "lon.pdf", new ByteArrayInputStream(big), ALL, "t"))
        .isInstanceOf(RefusedException.class)
        .hasFieldOrPropertyWithValue("messageCode", "meeting.refused.documentTooLarge");
  }

  @Test
  void theMinutesDownloadAsAWordDocumentWithTheSameContent() throws Exception {
    long meeting =
        jdbc.sql("select min(id) from meeting where status = 'CLOSED' and organization_id = :cell")
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();

    var response =
        mvc.get()
            .uri("/documents/bien-ban-sinh-hoat/docx?subject={id}", meeting)
            .with(users.signedIn("bithu.langcheu"))
            .exchange();

    assertThat(response)
        .hasStatusOk()
        .hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (var document =
            new XWPFDocument(
                new ByteArrayInputStream(response.getResponse().getContentAsByteArray()));
        var extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText())
          .contains(
              "BIÊN BẢN SINH HOẠT CHI BỘ",
              "ĐẢNG CỘNG SẢN VIỆT NAM",
              "CHI BỘ BẢN LÀNG CHẾU",
              "Tổng số đảng viên phải dự",
              "Bí thư chi bộ");
    }
    assertThat(
            mvc.get()
                .uri("/api/v1/documents/bien-ban-sinh-hoat?subject={id}", meeting)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/meetings/{id}/minutes.exe", meeting)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
  }

  @Test
  void theHomePageShowsTheMeetingsReminders() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    meetings.plan(
        cell,
        MeetingKind.REGULAR,
        LocalDate.now().minusDays(10),
        null,
        "Chưa khóa",
        null,
        ALL,
        "t");

    assertThat(mvc.get().uri("/").with(users.signedIn("bithu.langcheu")))
        .bodyText()
        .contains("hx-get=\"/worklist/home\"");
    assertThat(mvc.get().uri("/worklist/home").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Việc cần làm", "chưa khóa sau một tuần");
    assertThat(mvc.get().uri("/worklist/home").with(users.signedIn("bithu.hangdong")))
        .bodyText()
        .doesNotContain("Chi bộ bản Làng Chếu");
  }
}
