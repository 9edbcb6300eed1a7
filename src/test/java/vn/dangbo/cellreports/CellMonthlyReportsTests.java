package vn.dangbo.cellreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.documents.Docx;

/**
 * The monthly reports against the demo commune: the year's grid in every state, a report's way
 * through the API (draft, submitted, returned, submitted again, accepted, then no edit), the
 * commune's report assembled from the accepted ones, and who may read, write and review what.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CellMonthlyReportsTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired Demo demo;

  private final YearMonth thisMonth = YearMonth.now();
  private final YearMonth lastMonth = thisMonth.minusMonths(1);

  @Test
  void theCommuneSeesEachCellsReportsOfTheYearInEveryState() {
    assertThat(
            mvc.get()
                .uri(
                    "/api/v1/organizations/{id}/monthly-reports?year={y}",
                    demo.code("TX"),
                    lastMonth.getYear())
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[*].months[*].standing")
        .asArray()
        .contains("ACCEPTED", "SUBMITTED", "RETURNED", "MISSING");
    assertThat(mvc.get().uri("/cell-reports/commune").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Báo cáo tháng của các chi bộ", "Chi bộ bản Tìa Đố");
  }

  @Test
  void aReportGoesToTheOfficeComesBackIsCorrectedAndOnceAcceptedChangesNoMore() throws Exception {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    String url = "/api/v1/organizations/{id}/monthly-reports/{m}";
    assertThat(
            mvc.put()
                .uri(url, cell, thisMonth)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"problems\": \"Đường sạt lở\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.state")
        .isEqualTo("DRAFT");
    var submitted =
        mvc.post()
            .uri(url + "/submission", cell, thisMonth)
            .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"problems\": \"Đường sạt lở\"}")
            .exchange();
    assertThat(submitted).hasStatusOk().bodyJson().extractingPath("$.state").isEqualTo("SUBMITTED");
    assertThat(submitted).bodyJson().extractingPath("$.figures.meetings").isNotNull();
    long id =
        ((Number)
                com.jayway.jsonpath.JsonPath.read(
                    submitted.getResponse().getContentAsString(), "$.id"))
            .longValue();

    assertThat(
            mvc.post()
                .uri("/api/v1/monthly-reports/{id}/acceptance", id)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .as("the secretary does not review their own report")
        .hasStatus(403);
    assertThat(
            mvc.post()
                .uri("/api/v1/monthly-reports/{id}/return", id)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"\"}"))
        .hasStatus(422);
    assertThat(
            mvc.post()
                .uri("/api/v1/monthly-reports/{id}/return", id)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"Thiếu đề xuất\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.state")
        .isEqualTo("RETURNED");
    assertThat(
            mvc.post()
                .uri(url + "/submission", cell, thisMonth)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"problems\": \"Đường sạt lở\", \"proposals\": \"Sửa đường\"}"))
        .hasStatusOk();
    assertThat(
            mvc.post()
                .uri("/api/v1/monthly-reports/{id}/acceptance", id)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.steps[*].action")
        .asArray()
        .containsExactly("SUBMITTED", "RETURNED", "RESUBMITTED", "ACCEPTED");
    assertThat(
            mvc.put()
                .uri(url, cell, thisMonth)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"problems\": \"sửa lại\"}"))
        .hasStatus(422)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("cellReport.refused.accepted");
  }

  @Test
  void aSecretarySeesTheirCellsReportOnlyAndAMemberNone() {
    long own = demo.named("Chi bộ bản Làng Chếu");
    long other = demo.named("Chi bộ bản Háng Đồng");
    String url = "/api/v1/organizations/{id}/monthly-reports/{m}";
    assertThat(mvc.get().uri(url, own, lastMonth).with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatusOk();
    assertThat(
            mvc.get().uri(url, other, lastMonth).with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.put()
                .uri(url, other, thisMonth)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"problems\": \"x\"}"))
        .hasStatus(404);
    assertThat(
            mvc.get().uri(url, own, lastMonth).with(httpBasic("dangvien.langcheu", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/cell-reports?cell={c}&month={m}", other, lastMonth)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatus(404);
    assertThat(
            mvc.get()
                .uri("/api/v1/organizations/{id}/monthly-reports?year={y}", demo.code("TX"), 2026)
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .as("the commune's grid is not the secretary's")
        .hasStatus(404);
  }

  @Test
  void theCommunesReportIsAssembledFromTheAcceptedCellReports() throws Exception {
    String path = "/cell-reports/commune/" + demo.code("TX") + "/" + lastMonth;
    var docx = mvc.get().uri(path + ".docx").with(users.signedIn("vanphong.taxua")).exchange();
    assertThat(docx).hasStatusOk();
    byte[] bytes = docx.getResponse().getContentAsByteArray();
    assertThat(Docx.opens(bytes)).isTrue();
    assertThat(Docx.toXhtml(bytes))
        .contains(
            "BÁO CÁO TÌNH HÌNH THÁNG " + lastMonth.getMonthValue(),
            "Chi bộ chưa có báo cáo được duyệt");
    var pdf = mvc.get().uri(path + ".pdf").with(users.signedIn("vanphong.taxua")).exchange();
    assertThat(pdf).hasStatusOk();
    assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
    assertThat(mvc.get().uri(path + ".docx").with(users.signedIn("bithu.langcheu"))).hasStatus(404);
  }
}
