package vn.dangbo.documents;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File answers: bytes with their type and a file name that keeps its Vietnamese letters. */
public final class Downloads {

  public static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  public static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private Downloads() {}

  /** A file to save. */
  public static ResponseEntity<byte[]> attachment(byte[] bytes, MediaType type, String fileName) {
    return file(bytes, type, ContentDisposition.attachment(), fileName);
  }

  /** A file the browser may show itself (a PDF to print). */
  public static ResponseEntity<byte[]> inline(byte[] bytes, MediaType type, String fileName) {
    return file(bytes, type, ContentDisposition.inline(), fileName);
  }

  private static ResponseEntity<byte[]> file(
      byte[] bytes, MediaType type, ContentDisposition.Builder disposition, String fileName) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(bytes);
  }
}
