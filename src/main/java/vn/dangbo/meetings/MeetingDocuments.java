package vn.dangbo.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.FileName;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Documents attached to a meeting: PDF, Word, Excel, OpenDocument and photos, up to a configured
 * size, recognised by their content rather than the name or the type the browser claims. Anyone who
 * sees the meeting may download them; those who manage the cell add them, and remove them while the
 * meeting is open. Once closed, documents can only be added (the signed minutes, say).
 */
@Service
public class MeetingDocuments {

  /** The kinds of file accepted: how each one starts, its names and the type it is served as. */
  enum Kind {
    PDF(new byte[] {'%', 'P', 'D', 'F'}, "application/pdf", "pdf"),
    OFFICE(new byte[] {'P', 'K', 3, 4}, null, "docx", "xlsx", "pptx", "odt", "ods"),
    JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "image/jpeg", "jpg", "jpeg"),
    PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png", "png");

    private final byte[] magic;
    private final String contentType;
    private final String[] extensions;

    Kind(byte[] magic, String contentType, String... extensions) {
      this.magic = magic;
      this.contentType = contentType;
      this.extensions = extensions;
    }

    /** The type to serve a file as, when its name and first bytes agree; empty otherwise. */
    static Optional<String> contentType(String fileName, byte[] head) {
      int dot = fileName.lastIndexOf('.');
      String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
      for (var kind : values()) {
        if (Arrays.asList(kind.extensions).contains(extension)
            && head.length >= kind.magic.length
            && Arrays.equals(Arrays.copyOf(head, kind.magic.length), kind.magic)) {
          return Optional.of(kind.contentType != null ? kind.contentType : officeType(extension));
        }
      }
      return Optional.empty();
    }

    private static String officeType(String extension) {
      return switch (extension) {
        case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        case "odt" -> "application/vnd.oasis.opendocument.text";
        default -> "application/vnd.oasis.opendocument.spreadsheet";
      };
    }
  }

  /** A document's name, type and bytes, to download. */
  public record Content(String fileName, String contentType, byte[] bytes) {}

  private final JdbcClient jdbc;
  private final Meetings meetings;
  private final long maxBytes;

  MeetingDocuments(
      JdbcClient jdbc,
      Meetings meetings,
      @Value("${dangbo.meetings.document-max-size:10MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.meetings = meetings;
    this.maxBytes = maxSize.toBytes();
  }

  /** Attaches a document to a meeting of a cell the user manages. */
  @Transactional
  public long attach(
      long meetingId, String fileName, InputStream content, OrganizationScope scope, String by)
      throws IOException {
    var meeting = meeting(meetingId, scope);
    scope.requireManager(meeting.organizationId());
    var names = FileName.of(fileName);
    String name = names.shown();
    byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length == 0) {
      throw new RefusedException("meeting.refused.documentEmpty");
    }
    if (bytes.length > maxBytes) {
      throw new RefusedException("meeting.refused.documentTooLarge", maxBytes / (1024 * 1024));
    }
    String type =
        Kind.contentType(name, Arrays.copyOf(bytes, Math.min(bytes.length, 8)))
            .orElseThrow(() -> new RefusedException("meeting.refused.documentType"));
    return jdbc.sql(
            """
            insert into meeting_document (meeting_id, file_name, original_name, content_type,
              size_bytes, content, uploaded_by)
            values (:meeting, :name, :original, :type, :size, :content, :by) returning id
            """)
        .param("meeting", meetingId)
        .param("name", name)
        .param("original", names.original())
        .param("type", type)
        .param("size", bytes.length)
        .param("content", bytes)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** A document of a meeting the user sees. */
  @Transactional(readOnly = true)
  public Content download(long meetingId, long documentId, OrganizationScope scope) {
    var meeting = meeting(meetingId, scope);
    if (meeting.documents().stream().noneMatch(d -> d.id() == documentId)) {
      throw new NotFoundException("meeting.documentNotFound");
    }
    return jdbc.sql("select file_name, content_type, content from meeting_document where id = :id")
        .param("id", documentId)
        .query(
            (rs, n) ->
                new Content(
                    rs.getString("file_name"),
                    rs.getString("content_type"),
                    rs.getBytes("content")))
        .single();
  }

  /** Removes a document while the meeting is open; closed meetings keep theirs. */
  @Transactional
  public void remove(long meetingId, long documentId, OrganizationScope scope) {
    var meeting = meeting(meetingId, scope);
    scope.requireManager(meeting.organizationId());
    if (meeting.closed()) {
      throw new RefusedException("meeting.refused.closed");
    }
    int removed =
        jdbc.sql("delete from meeting_document where id = :id and meeting_id = :meeting")
            .param("id", documentId)
            .param("meeting", meetingId)
            .update();
    if (removed == 0) {
      throw new NotFoundException("meeting.documentNotFound");
    }
  }

  private Meeting meeting(long meetingId, OrganizationScope scope) {
    return meetings
        .find(meetingId, scope)
        .orElseThrow(() -> new NotFoundException("meeting.notFound"));
  }
}
