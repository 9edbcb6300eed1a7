package vn.dangbo.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders printable XHTML to PDF with DejaVu Sans embedded, so that every Vietnamese letter prints
 * whatever fonts the reader has. Page size, margins and page numbers come from the page's CSS.
 */
public final class Pdf {

  private Pdf() {}

  /** The PDF of a well-formed XHTML page. */
  public static byte[] render(String xhtml) {
    try (var out = new ByteArrayOutputStream()) {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> Pdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"),
          "DejaVu Sans",
          400,
          FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> Pdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
          "DejaVu Sans",
          700,
          FontStyle.NORMAL,
          true);
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A print stylesheet from the classpath (under {@code print/}), to inline into the page. */
  public static String stylesheet(String name) {
    try (var in = Pdf.class.getResourceAsStream("/print/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No print stylesheet " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
