package vn.dangbo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriverException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;

/**
 * A cell's member list, a meeting's minutes and a report printed from Chromium on A4: the print
 * style sheet leaves out the menu, the buttons and the forms, and the content is all there. The
 * PDFs and a picture of each first page are written under {@code target/print} for people to read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrintBrowserTests {

  private static final Path PRINTS = Path.of("target/print");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void memberListMinutesAndReportPrintOnA4WithoutTheNavigation() throws Exception {
    long lc = demo.code("LC");
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long meeting =
        jdbc.sql("select max(id) from meeting where organization_id = :cell and status = 'CLOSED'")
            .param("cell", cell)
            .query(Long.class)
            .single();
    String someone =
        jdbc.sql("select full_name from member where cell_id = :cell order by full_name limit 1")
            .param("cell", cell)
            .query(String.class)
            .single();
    try (var browser = Browser.open(port)) {
      browser.size(1280, 900);
      browser.signIn("vanphong.langcheu", Demo.PASSWORD);

      assertThat(print(browser, "/members?cell=" + cell, "members"))
          .contains("Chi bộ bản Làng Chếu", someone);
      assertThat(print(browser, "/meetings/" + meeting, "minutes")).contains("Biên bản", "Chủ trì");
      assertThat(
              print(
                  browser,
                  "/reports/development-work?organization=" + lc + "&from=2006-01-01&to=2024-12-31",
                  "report"))
          .contains("Tỷ lệ đảng viên người Mông");
    }
  }

  /**
   * Chromium's A4 print of the page. Headless Chromium on a busy machine once answered "Printing
   * failed" right after a page loaded (and printed the same page a moment later): one more try
   * after a pause; any other failure, or a second one, fails the test.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> printToPdf(Browser browser) throws InterruptedException {
    var a4 =
        Map.<String, Object>of(
            "paperWidth",
            8.27,
            "paperHeight",
            11.69,
            "preferCSSPageSize",
            true,
            "printBackground",
            true);
    try {
      return (Map<String, Object>) browser.driver.executeCdpCommand("Page.printToPDF", a4);
    } catch (WebDriverException e) {
      if (e.getMessage() == null || !e.getMessage().contains("Printing failed")) {
        throw e;
      }
      Thread.sleep(500);
      return (Map<String, Object>) browser.driver.executeCdpCommand("Page.printToPDF", a4);
    }
  }

  /** Prints the page to an A4 PDF and returns its text, after checking what must be left out. */
  private static String print(Browser browser, String path, String name) throws Exception {
    browser.go(path);
    byte[] bytes = Base64.getDecoder().decode((String) printToPdf(browser).get("data"));
    Files.createDirectories(PRINTS);
    Files.write(PRINTS.resolve(name + ".pdf"), bytes);
    try (var document = Loader.loadPDF(bytes)) {
      var page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).as("A4 width in points").isCloseTo(595f, within(2f));
      assertThat(page.getHeight()).as("A4 height in points").isCloseTo(842f, within(2f));
      ImageIO.write(
          new PDFRenderer(document).renderImageWithDPI(0, 80),
          "png",
          PRINTS.resolve(name + "-page1.png").toFile());
      String text = new PDFTextStripper().getText(document);
      System.out.printf("print %-10s %d A4 pages%n", name, document.getNumberOfPages());
      assertThat(text)
          .as("printed " + path)
          .doesNotContain(
              "Danh mục",
              "Đăng xuất",
              "Tải Excel",
              "In biên bản (PDF)",
              "Bỏ qua, đến nội dung chính");
      return text;
    }
  }

  private static org.assertj.core.data.Offset<Float> within(float points) {
    return org.assertj.core.data.Offset.offset(points);
  }
}
