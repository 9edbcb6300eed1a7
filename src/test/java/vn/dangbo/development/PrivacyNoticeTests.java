package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;

/**
 * A person in the pipeline is given a notice about their data, printed from their record; the cell
 * records the day; another cell's secretary sees neither the notice nor records one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PrivacyNoticeTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void theNoticeSaysWhatIsKeptWhyHowLongAndWhomToAskAndItsDayIsKept() {
    long candidate =
        jdbc.sql("select min(id) from candidate where cell_id = :cell and stage <> 'ADMITTED'")
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    var secretary = users.signedIn("bithu.langcheu");
    assertThat(mvc.get().uri("/candidates/{id}/privacy-notice", candidate).with(secretary))
        .hasStatusOk()
        .bodyText()
        .contains(
            "THÔNG BÁO VỀ VIỆC XỬ LÝ DỮ LIỆU CÁ NHÂN",
            "Chi bộ bản Làng Chếu",
            "văn phòng Đảng bộ xã Tà Xùa",
            "sau 24 tháng",
            "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15",
            "Chưa ghi lần thông báo nào.");
    assertThat(
            mvc.post()
                .uri("/candidates/{id}/privacy-notice", candidate)
                .param("noticedOn", LocalDate.now().plusDays(1).toString())
                .with(secretary)
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Ngày thông báo không được sau hôm nay.");
    assertThat(
            mvc.post()
                .uri("/candidates/{id}/privacy-notice", candidate)
                .param("noticedOn", LocalDate.now().toString())
                .with(secretary)
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/candidates/{id}/privacy-notice", candidate).with(secretary))
        .bodyText()
        .contains("Đã thông báo ngày");

    var other = users.signedIn("bithu.hangdong");
    assertThat(mvc.get().uri("/candidates/{id}/privacy-notice", candidate).with(other))
        .hasStatus(404);
    assertThat(
            mvc.post().uri("/candidates/{id}/privacy-notice", candidate).with(other).with(csrf()))
        .hasStatus(404);
  }
}
