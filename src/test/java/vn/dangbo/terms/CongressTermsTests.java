package vn.dangbo.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;

/**
 * Congresses and terms against the demo commune: the merged commune's appointed committee and first
 * congress, the cells' terms with one congress due and one overdue on the worklist, a cell's
 * congress recorded by its secretary, a departure that ends the cells the committee member was in
 * charge of, and who may read and write what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CongressTermsTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;
  @Autowired CongressTerms terms;
  @Autowired CommitteeMembers committeeMembers;

  @Test
  void theMergedCommuneWasAppointedThenElectedAtItsFirstCongress() {
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/terms", demo.code("TX"))
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$[0].origin").isEqualTo("CONGRESS");
              assertThat(json).extractingPath("$[0].firstAfterMerger").isEqualTo(true);
              assertThat(json).extractingPath("$[0].begunOn").isEqualTo("2025-07-29");
              assertThat(json).extractingPath("$[0].endsOn").isEqualTo("2030-07-29");
              assertThat(json).extractingPath("$[1].origin").isEqualTo("APPOINTED");
              assertThat(json).extractingPath("$[1].closedOn").isEqualTo("2025-07-29");
            });
    var committee = committeeMembers.of(demo.code("TX"), LocalDate.of(2025, 7, 28), ALL);
    assertThat(committee).hasSize(5);
    assertThat(committee.get(0).term().to()).isEqualTo(LocalDate.of(2025, 7, 29));
    assertThat(
            mvc.get()
                .uri("/organizations/{id}/terms", demo.code("TX"))
                .with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Đại hội lần thứ nhất sau hợp nhất", "Cấp trên chỉ định", "Vàng A Chua");
  }

  @Test
  void theOfficeSeesEveryCellsTermAndTheCongressesDueOnItsWorklist() {
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/terms/overview", demo.code("TX"))
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json)
                  .extractingPath("$[?(@.standing == 'CONGRESS_DUE')].unit.name")
                  .asArray()
                  .containsExactly("Chi bộ Trạm Khuyến nông Làng Chếu");
              assertThat(json)
                  .extractingPath("$[?(@.standing == 'OVERDUE')].unit.name")
                  .asArray()
                  .containsExactly("Chi bộ bản Tìa Đố");
              assertThat(json)
                  .as("every unit of the commune has its term")
                  .extractingPath("$[?(@.term == null)]")
                  .asArray()
                  .isEmpty();
            });
    assertThat(mvc.get().uri("/worklist").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Đại hội sắp đến hạn", "Chi bộ Trạm Khuyến nông Làng Chếu", "Chi bộ bản Tìa Đố");
    assertThat(mvc.get().uri("/terms").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Sắp đến hạn đại hội", "Đã hết nhiệm kỳ, chưa ghi đại hội");
    assertThat(mvc.get().uri("/worklist").with(users.signedIn("bithu.langcheu")))
        .as("a secretary sees only their cell's congress")
        .hasStatusOk()
        .bodyText()
        .doesNotContain("Chi bộ bản Tìa Đố");
  }

  @Test
  void theVillageCellsDeputyMovedAndAnotherWasByElected() {
    var current = terms.history(demo.named("Chi bộ bản Làng Chếu"), ALL).get(0);
    assertThat(current.seats())
        .extracting(TermSeat::joined)
        .containsExactly(
            TermSeat.Joined.ELECTED, TermSeat.Joined.ELECTED, TermSeat.Joined.BY_ELECTED);
    assertThat(current.seats())
        .filteredOn(s -> s.leftReason() != null)
        .extracting(TermSeat::leftReason)
        .containsExactly(TermSeat.LeftReason.MOVED);
    assertThat(current.committeeOn(LocalDate.of(2026, 12, 1))).hasSize(2);
  }

  @Test
  void aSecretaryRecordsTheirCellsCongressAndTheNewCommitteeReplacesTheOld() {
    long village = demo.named("Chi bộ bản Làng Chếu");
    LocalDate today = LocalDate.now();
    assertThat(
            mvc.post()
                .uri("/organizations/{id}/terms", village)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("on", today.toString())
                .param("name", "Sùng A Dế", "Hờ Thị Mai", "")
                .param("position", "SECRETARY", "DEPUTY_SECRETARY", "MEMBER"))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/organizations/" + village + "/terms");

    var history = terms.history(village, ALL);
    assertThat(history.get(0).seats())
        .extracting(TermSeat::fullName)
        .containsExactly("Sùng A Dế", "Hờ Thị Mai");
    assertThat(history.get(1).closedOn()).isEqualTo(today);
    assertThat(committeeMembers.of(village, today, ALL))
        .extracting(m -> m.fullName())
        .containsExactlyInAnyOrder("Sùng A Dế", "Hờ Thị Mai");

    assertThat(
            mvc.post()
                .uri("/organizations/{id}/terms", village)
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf())
                .param("on", today.plusDays(1).toString())
                .param("name", "Sùng A Dế")
                .param("position", "SECRETARY"))
        .as("a congress to come is refused on the page")
        .hasStatusOk()
        .bodyText()
        .contains("Ngày không được sau hôm nay.");
  }

  @Test
  void aCommitteeMemberWhoLeavesNoLongerHasTheCellsTheyWereInChargeOf() {
    long commune = demo.code("TX");
    var term = terms.history(commune, ALL).get(0);
    var khanh =
        term.seats().stream()
            .filter(s -> s.fullName().equals("Lò Văn Khánh"))
            .findFirst()
            .orElseThrow();
    LocalDate today = LocalDate.now();
    assertThat(committeeMembers.cellsInChargeOf(khanh.id(), today)).hasSize(4);

    assertThat(
            mvc.post()
                .uri("/api/v1/terms/{id}/departures", term.id())
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"committeeMemberId\": %d, \"on\": \"%s\", \"reason\": \"MOVED\"}"
                        .formatted(khanh.id(), today)))
        .hasStatusOk();
    assertThat(committeeMembers.cellsInChargeOf(khanh.id(), today)).isEmpty();

    assertThat(
            mvc.post()
                .uri("/api/v1/terms/{id}/by-elections", term.id())
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"fullName\": \"Sồng A Lử\", \"position\": \"MEMBER\", \"on\": \"%s\"}"
                        .formatted(today)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.seats[?(@.joined == 'BY_ELECTED')].fullName")
        .asArray()
        .contains("Sồng A Lử");
  }

  @Test
  void othersCellsAreNotFoundAndAMemberChangesNothing() {
    long otherCell = demo.named("Chi bộ bản Háng Đồng");
    long ownCell = demo.named("Chi bộ bản Làng Chếu");
    long term = terms.history(ownCell, ALL).get(0).id();
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/terms", otherCell)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/organizations/{id}/terms", otherCell)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/organizations/{id}/congresses", otherCell)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"on\": \"2026-01-01\", \"committee\": [{\"fullName\": \"A\", \"position\": \"SECRETARY\"}]}"))
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/terms/{id}/by-elections", term)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\": \"A\", \"position\": \"MEMBER\", \"on\": \"2026-01-01\"}"))
        .as("a guessed term id")
        .hasStatus(404);
    assertThat(
            mvc.post()
                .uri("/api/v1/organizations/{id}/congresses", ownCell)
                .with(httpBasic("dangvien.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"on\": \"2026-01-01\", \"committee\": [{\"fullName\": \"A\", \"position\": \"SECRETARY\"}]}"))
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/api/v1/terms/{id}/preparation/{step}", term, "NOPE")
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\": \"2026-01-01\"}"))
        .hasStatus(422);
  }
}
