package vn.dangbo.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.documents.Docx;
import vn.dangbo.documents.Layouts;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.FileName;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The Word templates of the official documents and their versions. An office uploads a corrected
 * template for its organisation (a commune, a province); documents about anything below it use the
 * newest version of the nearest organisation that has one, and otherwise the version built into
 * dangbo (version 0). Versions are never changed or removed: a correction is a new version.
 */
@Service
public class DocumentTemplates {

  /** At most this many bytes per uploaded template. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** One version of a template: 0 is built in; the others were uploaded for an organisation. */
  public record Version(
      String name,
      Long organizationId,
      int version,
      String fileName,
      String note,
      String uploadedBy,
      LocalDate uploadedOn,
      List<String> placeholders) {}

  /** The template a document uses, with its bytes. */
  public record Chosen(Version version, byte[] content) {}

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final Clock clock;

  DocumentTemplates(JdbcClient jdbc, Organizations organizations, Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** Every version of a template the user may see: built in, and uploaded in their scope. */
  @Transactional(readOnly = true)
  public List<Version> versions(DocumentKind kind, OrganizationScope scope) {
    var versions = new ArrayList<Version>();
    jdbc.sql(
            """
            select name, organization_id, version, file_name, note, uploaded_by, uploaded_at
            from document_template where name = :name order by uploaded_at desc, version desc
            """)
        .param("name", kind.template())
        .query(
            rs -> {
              long organization = rs.getLong("organization_id");
              if (scope.canSee(organization)) {
                versions.add(
                    new Version(
                        kind.template(),
                        organization,
                        rs.getInt("version"),
                        rs.getString("file_name"),
                        rs.getString("note"),
                        rs.getString("uploaded_by"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toLocalDate(),
                        List.of()));
              }
            });
    versions.add(builtIn(kind));
    return versions;
  }

  /** The template's bytes in one version (0: built in); uploaded ones only within scope. */
  @Transactional(readOnly = true)
  public byte[] content(
      DocumentKind kind, Long organizationId, int version, OrganizationScope scope) {
    if (version == 0) {
      return Layouts.docx(kind.name());
    }
    if (organizationId == null || !scope.canSee(organizationId)) {
      throw new NotFoundException("document.notFound");
    }
    return jdbc.sql(
            """
            select content from document_template
            where name = :name and organization_id = :org and version = :version
            """)
        .param("name", kind.template())
        .param("org", organizationId)
        .param("version", version)
        .query(byte[].class)
        .optional()
        .orElseThrow(() -> new NotFoundException("document.notFound"));
  }

  /** The template for a document about something of this organisation, today. */
  @Transactional(readOnly = true)
  public Chosen chosenFor(DocumentKind kind, long organizationId) {
    for (long id : organizations.selfAndAncestorsOn(organizationId, LocalDate.now(clock))) {
      var found =
          jdbc.sql(
                  """
                  select version, file_name, note, uploaded_by, uploaded_at, content
                  from document_template where name = :name and organization_id = :org
                  order by version desc limit 1
                  """)
              .param("name", kind.template())
              .param("org", id)
              .query(
                  (rs, n) ->
                      new Chosen(
                          new Version(
                              kind.template(),
                              id,
                              rs.getInt("version"),
                              rs.getString("file_name"),
                              rs.getString("note"),
                              rs.getString("uploaded_by"),
                              rs.getObject("uploaded_at", OffsetDateTime.class).toLocalDate(),
                              List.of()),
                          rs.getBytes("content")))
              .optional();
      if (found.isPresent()) {
        return found.get();
      }
    }
    return new Chosen(builtIn(kind), Layouts.docx(kind.name()));
  }

  /**
   * Stores an edited template as the next version for an organisation (not a cell) the user
   * manages: a Word document (.docx) of at most 2 MB that opens.
   */
  @Transactional
  public int upload(
      DocumentKind kind,
      long organizationId,
      String fileName,
      byte[] content,
      String note,
      OrganizationScope scope,
      String by) {
    scope.requireManager(organizationId);
    var organization =
        organizations
            .findLatest(organizationId, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    if (organization.isCell()) {
      throw new RefusedException("document.refused.cell");
    }
    if (content == null || content.length == 0 || content.length > MAX_BYTES) {
      throw new RefusedException("document.refused.size", MAX_BYTES / (1024 * 1024));
    }
    var names = FileName.of(fileName);
    if (!names.shown().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
        || !Docx.opens(content)) {
      throw new RefusedException("document.refused.notDocx");
    }
    if (note != null && note.length() > 500) {
      throw new RefusedException("member.refused.tooLong");
    }
    // one upload at a time per template and committee, so that versions follow each other
    jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
        .param("key", "document_template:" + kind.template() + ":" + organizationId)
        .query(Object.class)
        .single();
    int version =
        jdbc.sql(
                """
                select coalesce(max(version), 0) + 1 from document_template
                where name = :name and organization_id = :org
                """)
            .param("name", kind.template())
            .param("org", organizationId)
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into document_template (name, organization_id, version, file_name,
              original_name, content, note, uploaded_by)
            values (:name, :org, :version, :file, :original, :content, :note, :by)
            """)
        .param("name", kind.template())
        .param("org", organizationId)
        .param("version", version)
        .param("file", names.shown())
        .param("original", names.original())
        .param("content", content)
        .param("note", note == null || note.isBlank() ? null : note.strip())
        .param("by", by)
        .update();
    return version;
  }

  private static Version builtIn(DocumentKind kind) {
    return new Version(
        kind.template(),
        null,
        0,
        kind.template() + ".docx",
        null,
        null,
        null,
        Docx.placeholders(Layouts.docx(kind.name())));
  }
}
