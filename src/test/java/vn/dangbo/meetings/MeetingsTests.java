package vn.dangbo.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Sex;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Meetings: attendance, locked minutes, compliance from the records, scope. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MeetingsTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

  @Autowired Meetings meetings;

  @Autowired vn.dangbo.meetings.MeetingMinutes meetingMinutes;
  @Autowired MeetingCompliance compliance;
  @Autowired MemberRegistry registry;
  @Autowired vn.dangbo.members.StatusDecisions statusDecisions;
  @Autowired Members members;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  @Test
  void theAttendanceRateLeavesOutExemptedMembersEvenWhenTheyCome() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long exempted = member(cell, "014040007001");
    statusDecisions.changeStatus(
        exempted,
        members.find(exempted, ALL).orElseThrow().version(),
        MemberStatus.EXEMPTED,
        YESTERDAY.minusDays(10),
        DecisionRef.NONE,
        "Tuổi cao",
        ALL,
        "test");
    long id =
        meetings.plan(cell, MeetingKind.REGULAR, YESTERDAY, null, "Tháng này", null, ALL, "t");
    var meeting = meetings.find(id, ALL).orElseThrow();
    var presence = new HashMap<Long, Presence>();
    var expected =
        meetings.members(meeting).stream()
            .filter(m -> Meeting.EXPECTED.contains(m.status()))
            .toList();
    meetings.members(meeting).forEach(m -> presence.put(m.memberId(), Presence.PRESENT));
    presence.put(expected.get(0).memberId(), Presence.EXCUSED);

    meetingMinutes.recordAttendance(id, meeting.version(), presence, null, Set.of(), ALL);

    var recorded = meetings.find(id, ALL).orElseThrow();
    long counted = recorded.attendance().stream().filter(Meeting.Attendance::counted).count();
    assertThat(expected).extracting(m -> m.memberId()).doesNotContain(exempted);
    assertThat(counted).isEqualTo(expected.size());
    assertThat(recorded.attendance()).hasSizeGreaterThan(expected.size());
    assertThat(recorded.attendancePercent())
        .isEqualTo((int) Math.round((counted - 1) * 100.0 / counted));
    // the grid reads the counts the database keeps per meeting (V26), after each change
    assertThat(gridPercent(cell)).isEqualTo(recorded.attendancePercent());
    presence.replaceAll((member, was) -> Presence.PRESENT);
    meetingMinutes.recordAttendance(id, recorded.version(), presence, null, Set.of(), ALL);
    assertThat(gridPercent(cell)).isEqualTo(100);
  }

  @Test
  void guestsAreMembersOfACommitteeAboveTheCell() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id =
        meetings.plan(cell, MeetingKind.REGULAR, YESTERDAY, null, "Khách mời", null, ALL, "t");
    long taXua = committeeMemberOf(demo.code("TX"));
    long langCheu = committeeMemberOf(demo.code("LC"));

    // a member of Làng Chếu's committee (above the cell until the 2025 merger, not on the day), and
    // an id that names nobody: refused, nothing recorded
    for (long guest : new long[] {langCheu, 999_999}) {
      int version = meetings.find(id, ALL).orElseThrow().version();
      assertThatThrownBy(
              () ->
                  meetingMinutes.recordAttendance(
                      id, version, new HashMap<>(), null, Set.of(guest), ALL))
          .isInstanceOf(RefusedException.class)
          .hasMessage("meeting.refused.guest");
    }
    var meeting = meetings.find(id, ALL).orElseThrow();
    assertThat(meeting.guests()).isEmpty();

    meetingMinutes.recordAttendance(
        id, meeting.version(), new HashMap<>(), null, Set.of(taXua), ALL);
    assertThat(meetings.find(id, ALL).orElseThrow().guests()).containsExactly(taXua);
  }

  private long committeeMemberOf(long committee) {
    return jdbc.sql("select min(id) from committee_member where committee_id = :committee")
        .param("committee", committee)
        .query(Long.class)
        .single();
  }

  private Integer gridPercent(long cell) {
    return compliance.grid(demo.code("TX"), YESTERDAY.getYear(), ALL).stream()
        .filter(c -> c.cellId() == cell)
        .findFirst()
        .orElseThrow()
        .months()
        .get(YESTERDAY.getMonthValue() - 1)
        .attendancePercent();
  }

  @Test
  void closedMinutesAreNeverEditedOnlyGivenAnAddendum() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id =
        meetings.plan(cell, MeetingKind.REGULAR, YESTERDAY, null, "Tháng này", null, ALL, "t");
    var meeting = meetings.find(id, ALL).orElseThrow();
    var presence = new HashMap<Long, Presence>();
    meetings.members(meeting).forEach(m -> presence.put(m.memberId(), Presence.PRESENT));
    assertThatThrownBy(() -> meetingMinutes.close(id, meeting.version(), ALL, "t"))
        .hasMessage("meeting.refused.noAttendance");
    meetingMinutes.recordAttendance(id, meeting.version(), presence, null, Set.of(), ALL);
    meetingMinutes.writeMinutes(
        id,
        meeting.version() + 1,
        new Meeting.Minutes("Bí thư", "Thư ký", null, null, "Kết luận", List.of()),
        ALL);
    meetingMinutes.close(id, meeting.version() + 2, ALL, "t");

    assertThatThrownBy(
            () ->
                meetingMinutes.writeMinutes(
                    id,
                    meeting.version() + 3,
                    new Meeting.Minutes("X", "Y", null, null, "Sửa", List.of()),
                    ALL))
        .hasMessage("meeting.refused.closed");
    var api =
        mvc.patch()
            .uri("/api/v1/meetings/{id}", id)
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .contentType("application/json")
            .content("{\"version\": %d, \"chair\": \"X\"}".formatted(meeting.version() + 3));
    assertThat(api).hasStatus(422);
    assertThat(api).bodyJson().extractingPath("$.code").isEqualTo("meeting.refused.closed");
    meetingMinutes.addendum(id, LocalDate.now(), "Sửa tên người vắng", ALL, "t");
    var closed = meetings.find(id, ALL).orElseThrow();
    assertThat(closed.conclusions()).isEqualTo("Kết luận");
    assertThat(closed.addenda())
        .extracting(Meeting.Addendum::text)
        .containsExactly("Sửa tên người vắng");
  }

  @Test
  void langCheuIn2024ListsFourteenCellsWithTwelveMonthsEachAndAMissingMeetingShows() {
    var api =
        mvc.get()
            .uri("/api/v1/organizations/{id}/meeting-compliance?year=2024", demo.code("LC"))
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD));
    assertThat(api).hasStatusOk();
    assertThat(api).bodyJson().extractingPath("$.cells").asArray().hasSize(14);
    assertThat(api).bodyJson().extractingPath("$.cells[*].months[11].month").asArray().hasSize(14);

    long cell = demo.named("Chi bộ bản Trò A");
    jdbc.sql(
            """
            delete from meeting_attendance where meeting_id in (select id from meeting
              where organization_id = :cell and held_on between '2024-05-01' and '2024-05-31');
            delete from meeting_guest where meeting_id in (select id from meeting
              where organization_id = :cell and held_on between '2024-05-01' and '2024-05-31');
            delete from meeting where organization_id = :cell
              and held_on between '2024-05-01' and '2024-05-31';
            """)
        .param("cell", cell)
        .update();

    var grid = compliance.of(demo.code("LC"), 2024, ALL);
    var troA = grid.cells().stream().filter(c -> c.cellId() == cell).findFirst().orElseThrow();
    assertThat(troA.months().get(4).regular()).isZero();
    assertThat(troA.months().get(4).attendancePercent()).isNull();
    assertThat(troA.monthsWithoutRegular(12)).isEqualTo(1);
    assertThat(troA.months().get(5).regular()).isEqualTo(1);
  }

  @Test
  void aMemberExcusedFourTimesInARowIsFlaggedAndTheArticlesShiftShowsIn2023() {
    var year2024 = compliance.of(demo.code("LC"), 2024, ALL);
    var year2023 = compliance.of(demo.code("LC"), 2023, ALL);

    assertThat(year2024.excusedInRow())
        .anySatisfy(
            f -> {
              assertThat(f.cellName()).isEqualTo("Chi bộ bản Khe Lóng");
              assertThat(f.count()).isGreaterThan(3);
            });
    assertThat(year2024.cells()).allSatisfy(c -> assertThat(c.monthsWithoutRegular(12)).isZero());
    assertThat(year2023.cells())
        .anySatisfy(c -> assertThat(c.monthsWithoutRegular(6)).isPositive());
    assertThat(year2023.cells())
        .allSatisfy(
            c ->
                assertThat(c.months().subList(6, 12))
                    .allSatisfy(m -> assertThat(m.regular()).isPositive()));
    assertThat(year2024.inCharge()).isNotEmpty();
  }

  @Test
  void theMinutesPrintAsAnA4PdfWithTheirVietnameseLetters() throws Exception {
    long meeting =
        jdbc.sql(
                """
                select min(m.id) from meeting m where m.status = 'CLOSED'
                  and m.organization_id = :cell
                """)
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();

    var response =
        mvc.get()
            .uri("/meetings/{id}/minutes.pdf", meeting)
            .with(users.signedIn("bithu.langcheu"))
            .exchange();
    byte[] pdf = response.getResponse().getContentAsByteArray();

    assertThat(response).hasStatusOk().hasContentType("application/pdf");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("BIÊN BẢN SINH HOẠT CHI BỘ", "Chi bộ bản Làng Chếu", "Vắng có lý do");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(590f, 600f);
      var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 100);
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
      javax.imageio.ImageIO.write(
          image, "png", new java.io.File("target/screenshots/minutes-pdf-page1.png"));
    }
    assertThat(
            mvc.get()
                .uri("/meetings/{id}/minutes.pdf", meeting)
                .with(users.signedIn("bithu.hangdong")))
        .hasStatus(404);
  }

  @Test
  void aMemberSeesTheirCellsMeetingsOnceTheyArePublishedAndOnlyTheirOwnAttendance() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long soon =
        meetings.plan(
            cell,
            MeetingKind.REGULAR,
            LocalDate.now().plusDays(3),
            null,
            "Sắp tới",
            null,
            ALL,
            "t");
    long later =
        meetings.plan(
            cell,
            MeetingKind.REGULAR,
            LocalDate.now().plusDays(20),
            null,
            "Còn xa",
            null,
            ALL,
            "t");
    long past =
        jdbc.sql("select min(id) from meeting where organization_id = :cell and status = 'CLOSED'")
            .param("cell", cell)
            .query(Long.class)
            .single();
    var member = httpBasic("dangvien.langcheu", Demo.PASSWORD);

    assertThat(mvc.get().uri("/api/v1/meetings/{id}", soon).with(member)).hasStatusOk();
    assertThat(mvc.get().uri("/api/v1/meetings/{id}", later).with(member)).hasStatus(404);
    assertThat(mvc.get().uri("/api/v1/meetings/{id}", past).with(member))
        .bodyJson()
        .extractingPath("$.attendance")
        .asArray()
        .hasSizeLessThanOrEqualTo(1);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/meeting-compliance?year=2024", cell)
                .with(member))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/meetings/{id}/minutes.pdf", past)
                .with(users.signedIn("dangvien.langcheu")))
        .hasStatus(404);
    assertThat(mvc.get().uri("/meetings").with(users.signedIn("dangvien.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Sắp tới")
        .doesNotContain("Còn xa", "Lên kế hoạch buổi sinh hoạt");
  }

  @Test
  void theWorklistRemindsOfMissingPlansAndOfMinutesLeftOpen() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    meetings.plan(
        cell,
        MeetingKind.REGULAR,
        LocalDate.now().minusDays(10),
        null,
        "Tháng trước",
        null,
        ALL,
        "t");

    assertThat(mvc.get().uri("/worklist").with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("chưa có kế hoạch sinh hoạt thường kỳ tháng", "chưa khóa sau một tuần");
    assertThat(
            mvc.get()
                .uri("/api/v1/worklist/meetings")
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .bodyJson()
        .extractingPath("$[*].cellName")
        .asArray()
        .containsOnly("Chi bộ bản Háng Đồng");
  }

  @Test
  void aSecretaryCannotPlanOrRecordAnotherCellsMeeting() {
    long other = demo.named("Chi bộ bản Làng Chếu");
    var hangDong = demo.named("Chi bộ bản Háng Đồng");
    var secretary = new OrganizationScope(false, Set.of(hangDong), Set.of(hangDong), Set.of());
    long id =
        meetings.plan(other, MeetingKind.REGULAR, YESTERDAY, null, "Tháng này", null, ALL, "t");

    assertThatThrownBy(
            () ->
                meetings.plan(
                    other, MeetingKind.REGULAR, YESTERDAY, null, "x", null, secretary, "x"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                meetingMinutes.recordAttendance(id, 0, new HashMap<>(), null, Set.of(), secretary))
        .isInstanceOf(NotFoundException.class);
    assertThat(
            mvc.get()
                .uri("/api/v1/meetings/{id}", id)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(mvc.get().uri("/meetings/{id}", id).with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Lưu điểm danh", "Có mặt", "Vắng có lý do");
  }

  private long member(long cell, String citizenId) {
    return registry.open(
        new MemberRecord(
            "Cụ Giàng A " + citizenId.substring(9),
            null,
            Sex.MALE,
            LocalDate.of(1940, 1, 1),
            null,
            null,
            null,
            8,
            null,
            null,
            null,
            null,
            null,
            null,
            citizenId,
            null,
            null,
            null,
            cell,
            null,
            LocalDate.of(1975, 1, 1),
            LocalDate.of(1975, 1, 15),
            false,
            false,
            false,
            false),
        MemberStatus.OFFICIAL,
        LocalDate.of(1976, 1, 15),
        DecisionRef.NONE,
        true,
        ALL,
        "test");
  }
}
