package vn.dangbo.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.accounts.TestUsers;
import vn.dangbo.shared.RefusedException;

/**
 * A member asks to delete or restrict their data; the office answers, and a refusal needs its legal
 * reason; the secretary may read the request but not answer it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DataRequestsTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void aRequestIsAskedAndRefusedWithItsLegalReason() {
    var member = users.signedIn("dangvien.langcheu");
    assertThat(
            mvc.post()
                .uri("/records/mine/data-requests")
                .param("kind", "DELETION")
                .param("reason", " ")
                .with(member)
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Cần ghi nội dung.");
    assertThat(
            mvc.post()
                .uri("/records/mine/data-requests")
                .param("kind", "DELETION")
                .param("reason", "Xóa số điện thoại cũ của tôi")
                .with(member)
                .with(csrf()))
        .hasStatus3xxRedirection();
    long id =
        jdbc.sql("select max(id) from data_request where asked_by = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    long cell = demo.named("Chi bộ bản Làng Chếu");

    assertThat(
            mvc.get()
                .uri("/records/proposals?cell={c}", cell)
                .with(users.signedIn("bithu.langcheu")))
        .hasStatusOk()
        .bodyText()
        .contains("Xóa số điện thoại cũ của tôi")
        .doesNotContain("Căn cứ từ chối");
    assertThat(
            mvc.post()
                .uri("/records/data-requests/{id}/refuse", id)
                .param("cell", String.valueOf(cell))
                .param("answer", "Không")
                .param("legalBasis", "x")
                .with(users.signedIn("bithu.langcheu"))
                .with(csrf()))
        .as("the secretary reads, the office answers")
        .hasStatus(403);

    var office = users.signedIn("vanphong.taxua");
    assertThat(
            mvc.post()
                .uri("/records/data-requests/{id}/refuse", id)
                .param("cell", String.valueOf(cell))
                .param("answer", "Hồ sơ phải giữ")
                .param("legalBasis", "")
                .with(office)
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Cần ghi nội dung.");
    assertThat(
            mvc.post()
                .uri("/records/data-requests/{id}/refuse", id)
                .param("cell", String.valueOf(cell))
                .param("answer", "Số điện thoại cũ đã được thay bằng số mới.")
                .param("legalBasis", "Hồ sơ đảng viên do tổ chức đảng quản lý và lưu giữ")
                .with(office)
                .with(csrf()))
        .hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/records/mine").with(member))
        .hasStatusOk()
        .bodyText()
        .contains("Từ chối", "Căn cứ: Hồ sơ đảng viên do tổ chức đảng quản lý và lưu giữ");
    assertThat(
            mvc.post()
                .uri("/records/data-requests/{id}/grant", id)
                .param("cell", String.valueOf(cell))
                .param("answer", "Đã xóa")
                .with(office)
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Yêu cầu đã được trả lời.");
    assertThat(
            mvc.post()
                .uri("/records/data-requests/{id}/grant", 999_999_999L)
                .param("cell", String.valueOf(cell))
                .param("answer", "Đã xóa")
                .with(office)
                .with(csrf()))
        .hasStatus(404);
  }

  @Test
  void aRequestIsAnsweredOnce() {
    var asked =
        DataRequest.ask(1, 2, DataRequest.Kind.RESTRICTION, "Lý do", "a", OffsetDateTime.now());
    var granted = asked.granted("Đã hạn chế", "b", OffsetDateTime.now());
    assertThat(granted.state()).isEqualTo(DataRequest.State.GRANTED);
    assertThatThrownBy(() -> granted.refused("Không", "Căn cứ", "b", OffsetDateTime.now()))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("dataRequest.refused.answered");
    assertThatThrownBy(() -> DataRequest.ask(1, 2, null, "x", "a", OffsetDateTime.now()))
        .isInstanceOf(RefusedException.class);
  }
}
