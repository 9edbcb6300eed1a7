package vn.dangbo.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

/** Official documents filled from the demo records, and templates the office edits. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class OfficialDocumentsTests {

  @Autowired MockMvcTester mvc;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  private long candidate(String name) {
    return jdbc.sql("select id from candidate where full_name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }

  private static String text(byte[] docx) throws Exception {
    try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
        var extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  @Test
  void theCellResolutionProposingAdmissionIsFilledFromTheVote() throws Exception {
    long khu = candidate("Hạng A Khứ");
    var response =
        mvc.get()
            .uri("/api/v1/documents/6-KND?subject={id}&format=docx", khu)
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .exchange();
    assertThat(response).hasStatusOk();
    String text = text(response.getResponse().getContentAsByteArray());
    assertThat(text)
        .contains("NGHỊ QUYẾT", "Hạng A Khứ", "ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ BẢN")
        .containsPattern("số đồng ý kết nạp: \\d+ \\(\\d+%\\)")
        .doesNotContain("{{");

    var pdf =
        mvc.get()
            .uri("/documents/6-KND/pdf?subject={id}", khu)
            .with(users.signedIn("vanphong.taxua"))
            .exchange();
    assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
    try (var document =
        org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains("NGHỊ QUYẾT", "Hạng A Khứ", "đề nghị kết nạp đảng viên");
      var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 100);
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
      javax.imageio.ImageIO.write(
          image, "png", new java.io.File("target/screenshots/document-6-KND-page1.png"));
    }
  }

  @Test
  void theSympathiserListHoldsEveryoneOnItWithTheirMentor() throws Exception {
    long cell =
        jdbc.sql("select cell_id from candidate where full_name = 'Vàng A Dình'")
            .query(Long.class)
            .single();
    var response =
        mvc.get()
            .uri("/documents/danh-sach-cam-tinh-dang/docx?subject={id}", cell)
            .with(users.signedIn("vanphong.taxua"))
            .exchange();
    assertThat(response).hasStatusOk();
    assertThat(text(response.getResponse().getContentAsByteArray()))
        .contains("DANH SÁCH QUẦN CHÚNG CẢM TÌNH ĐẢNG", "Vàng A Dình")
        .doesNotContain("Giàng A Chớ");
  }

  @Test
  void everyDocumentFillsForItsSubjectAndOtherCellsGetNotFound() {
    long member =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    long meeting =
        jdbc.sql("select min(id) from meeting where status = 'CLOSED' and organization_id = :cell")
            .param("cell", demo.named("Chi bộ bản Làng Chếu"))
            .query(Long.class)
            .single();
    long decided = candidate("Sùng A Nủ");
    for (var uri :
        new String[] {
          "/api/v1/documents/phieu-dang-vien?subject=" + member,
          "/api/v1/documents/13-KND?subject=" + member + "&format=pdf",
          "/api/v1/documents/15-KND?subject=" + member,
          "/api/v1/documents/16-KND?subject=" + member,
          "/api/v1/documents/giay-gioi-thieu-chuyen-sinh-hoat?subject=" + member,
          "/api/v1/documents/bien-ban-sinh-hoat?subject=" + meeting + "&format=pdf",
          "/api/v1/documents/9-KND?subject=" + decided,
          "/api/v1/documents/8-KND?subject=" + decided,
          "/api/v1/documents/danh-sach-de-nghi-hoc-lop?subject=" + demo.code("TX")
        }) {
      assertThat(mvc.get().uri(uri).with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
          .as(uri)
          .hasStatusOk();
    }
    assertThat(
            mvc.get()
                .uri("/api/v1/documents/phieu-dang-vien?subject={id}", member)
                .with(httpBasic("bithu.hangdong", Demo.PASSWORD)))
        .hasStatus(404);
    assertThat(mvc.get().uri("/members/{id}", member).with(users.signedIn("bithu.langcheu")))
        .bodyText()
        .contains("/documents/13-KND/docx?subject=" + member, "Phiếu đảng viên");
    assertThat(mvc.get().uri("/candidates/{id}", decided).with(users.signedIn("vanphong.taxua")))
        .bodyText()
        .contains("/documents/9-KND/pdf?subject=" + decided);
    assertThat(
            mvc.get()
                .uri("/api/v1/documents/no-such-form?subject={id}", member)
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatus(404)
        .bodyJson()
        .extractingPath("$.code")
        .isEqualTo("document.notFound");
  }

  @Test
  void anEditedTemplateUploadedByTheOfficeIsUsedFromThenOn() throws Exception {
    var original =
        mvc.get()
            .uri("/documents/phieu-dang-vien/versions/0")
            .with(users.signedIn("vanphong.taxua"))
            .exchange();
    assertThat(original).hasStatusOk();
    byte[] edited;
    try (var document =
            new XWPFDocument(
                new ByteArrayInputStream(original.getResponse().getContentAsByteArray()));
        var out = new ByteArrayOutputStream()) {
      var p = document.createParagraph();
      p.createRun().setText("Ghi chú của đảng ủy xã Tà Xùa cho {{ho_");
      p.createRun().setText("ten}}");
      document.write(out);
      edited = out.toByteArray();
    }
    long taXua = demo.code("TX");
    assertThat(
            mvc.post()
                .uri("/documents/phieu-dang-vien/versions")
                .multipart()
                .file(new MockMultipartFile("file", "phieu-sua.docx", null, edited))
                .param("organization", String.valueOf(taXua))
                .param("note", "Thêm dòng ghi chú")
                .with(users.signedIn("vanphong.taxua"))
                .with(csrf()))
        .hasStatus3xxRedirection();
    long member =
        jdbc.sql("select member_id from user_account where username = 'dangvien.langcheu'")
            .query(Long.class)
            .single();
    var filled =
        mvc.get()
            .uri("/api/v1/documents/phieu-dang-vien?subject={id}", member)
            .with(httpBasic("vanphong.taxua", Demo.PASSWORD))
            .exchange();
    String name =
        jdbc.sql("select full_name from member where id = :id")
            .param("id", member)
            .query(String.class)
            .single();
    assertThat(text(filled.getResponse().getContentAsByteArray()))
        .contains("Ghi chú của đảng ủy xã Tà Xùa cho " + name);

    // a cell secretary cannot upload; a file that is not Word is refused
    assertThat(
            mvc.post()
                .uri("/api/v1/document-templates/phieu-dang-vien/versions")
                .multipart()
                .file(new MockMultipartFile("file", "x.docx", null, edited))
                .param("organization", String.valueOf(demo.named("Chi bộ bản Làng Chếu")))
                .with(httpBasic("bithu.langcheu", Demo.PASSWORD)))
        .hasStatus(422);
    assertThat(
            mvc.post()
                .uri("/api/v1/document-templates/phieu-dang-vien/versions")
                .multipart()
                .file(new MockMultipartFile("file", "x.docx", null, "PK not really".getBytes()))
                .param("organization", String.valueOf(taXua))
                .with(httpBasic("vanphong.taxua", Demo.PASSWORD)))
        .hasStatus(422);
    assertThat(mvc.get().uri("/documents").with(users.signedIn("vanphong.taxua")))
        .hasStatusOk()
        .bodyText()
        .contains("Phiên bản 1: phieu-sua.docx", "Thêm dòng ghi chú", "chưa đối chiếu");
  }
}
