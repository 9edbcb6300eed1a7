package vn.dangbo.reports.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.reports.DocumentKind;
import vn.dangbo.reports.DocumentTemplates;
import vn.dangbo.reports.OfficialDocuments;
import vn.dangbo.shared.AuditedSubject;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Official documents: filled from the records as DOCX or PDF (page and API); the templates and
 * their versions, to download, correct in Word and upload as a new version.
 */
@Controller
class DocumentPages {

  private final OfficialDocuments documents;
  private final DocumentTemplates templates;
  private final Organizations organizations;
  private final Clock clock;

  DocumentPages(
      OfficialDocuments documents,
      DocumentTemplates templates,
      Organizations organizations,
      Clock clock) {
    this.documents = documents;
    this.templates = templates;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping({"/documents/{template}/{format:docx|pdf}", "/api/v1/documents/{template}"})
  @ResponseBody
  ResponseEntity<byte[]> document(
      @PathVariable String template,
      @PathVariable(required = false) String format,
      @RequestParam(name = "format", required = false) String formatParameter,
      @RequestParam long subject,
      OrganizationScope scope,
      HttpServletRequest request) {
    var kind = kind(template);
    AuditedSubject.of(request, kind.subject().name().toLowerCase(java.util.Locale.ROOT), subject);
    String chosen = format != null ? format : formatParameter == null ? "docx" : formatParameter;
    var filled = documents.fill(kind, subject, scope);
    return switch (chosen) {
      case "docx" -> Downloads.attachment(filled.docx(), Downloads.DOCX, filled.name() + ".docx");
      case "pdf" ->
          Downloads.attachment(
              documents.pdf(filled), MediaType.APPLICATION_PDF, filled.name() + ".pdf");
      default -> throw new RefusedException("report.refused.format");
    };
  }

  @GetMapping("/documents")
  String list(OrganizationScope scope, Model model) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("document.notFound");
    }
    var versions = new LinkedHashMap<DocumentKind, List<DocumentTemplates.Version>>();
    Arrays.stream(DocumentKind.values())
        .forEach(k -> versions.put(k, templates.versions(k, scope)));
    model.addAttribute("versions", versions);
    model.addAttribute(
        "committees",
        organizations.treeOn(LocalDate.now(clock), scope).stream()
            .filter(o -> !o.isCell() && scope.canManage(o.id()))
            .toList());
    return "reports/documents";
  }

  /** The templates and their versions over JSON. */
  @GetMapping("/api/v1/document-templates")
  @ResponseBody
  List<DocumentTemplates.Version> versions(OrganizationScope scope) {
    return Arrays.stream(DocumentKind.values())
        .flatMap(k -> templates.versions(k, scope).stream())
        .toList();
  }

  @GetMapping({
    "/documents/{template}/versions/{version}",
    "/api/v1/document-templates/{template}/versions/{version}"
  })
  @ResponseBody
  ResponseEntity<byte[]> template(
      @PathVariable String template,
      @PathVariable int version,
      @RequestParam(required = false) Long organization,
      OrganizationScope scope) {
    var kind = kind(template);
    return Downloads.attachment(
        templates.content(kind, organization, version, scope),
        Downloads.DOCX,
        kind.template() + "-v" + version + ".docx");
  }

  @PostMapping("/api/v1/document-templates/{template}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @ResponseBody
  java.util.Map<String, Integer> uploadApi(
      @PathVariable String template,
      @RequestParam long organization,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String note,
      OrganizationScope scope,
      CurrentUser user)
      throws IOException {
    return java.util.Map.of(
        "version",
        templates.upload(
            kind(template),
            organization,
            file.getOriginalFilename(),
            file.getBytes(),
            note,
            scope,
            user.username()));
  }

  @PostMapping("/documents/{template}/versions")
  String upload(
      @PathVariable String template,
      @RequestParam long organization,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String note,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    byte[] content = file == null ? null : file.getBytes();
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (file == null) {
            throw new RefusedException("document.refused.notDocx");
          }
          templates.upload(
              kind(template),
              organization,
              file.getOriginalFilename(),
              content,
              note,
              scope,
              user.username());
          redirect.addFlashAttribute("flash", "document.uploaded");
          return "redirect:/documents";
        },
        () -> list(scope, model));
  }

  private static DocumentKind kind(String template) {
    return DocumentKind.of(template).orElseThrow(() -> new NotFoundException("document.notFound"));
  }
}
