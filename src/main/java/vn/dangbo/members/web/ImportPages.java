package vn.dangbo.members.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.ImportOptions;
import vn.dangbo.members.ImportReport;
import vn.dangbo.members.MemberImport;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Importing members from .xlsx: a dry run first, then the commit, all or nothing or the valid rows
 * only (with a file of the refused rows to download). A small file is imported while the page
 * waits; a large one in the background, with its progress shown. The template to fill in is here
 * too.
 */
@Controller
class ImportPages {

  static final String VIEW = "members/import";
  static final String JOB = "members/import :: job";

  private final MemberImport memberImport;
  private final ImportJobs jobs;
  private final DataSize backgroundAbove;

  ImportPages(
      MemberImport memberImport,
      ImportJobs jobs,
      @Value("${dangbo.import.background-above:512KB}") DataSize backgroundAbove) {
    this.memberImport = memberImport;
    this.jobs = jobs;
    this.backgroundAbove = backgroundAbove;
  }

  @GetMapping("/members/import")
  String form(OrganizationScope scope) {
    requireManager(scope);
    return VIEW;
  }

  /** The workbook to fill in, made from the headings the import reads. */
  @GetMapping("/members/import/template.xlsx")
  ResponseEntity<byte[]> template(OrganizationScope scope, Locale locale) {
    requireManager(scope);
    return Downloads.attachment(
        memberImport.template(locale), Downloads.XLSX, "mau-nhap-dang-vien.xlsx");
  }

  @PostMapping("/members/import")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean commit,
      @RequestParam(defaultValue = "false") boolean validRowsOnly,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      Locale locale)
      throws IOException {
    requireManager(scope);
    model.addAttribute("validRowsOnly", validRowsOnly);
    var options = new ImportOptions(!commit, validRowsOnly, locale);
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (file.isEmpty()) {
            throw new RefusedException("import.refused.empty");
          }
          if (file.getSize() > backgroundAbove.toBytes()) {
            var job = jobs.start(copyOf(file), options, scope, user.username());
            return "redirect:/members/import/" + job.id();
          }
          var report = run(file, options, scope, user.username());
          model.addAttribute("report", report);
          if (report.refused() != null) {
            model.addAttribute("kept", jobs.keep(report, user.username()));
          }
          return VIEW;
        },
        () -> VIEW);
  }

  private static Path copyOf(MultipartFile file) {
    try {
      Path copy = Files.createTempFile("dangbo-import-", ".xlsx");
      file.transferTo(copy);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ImportReport run(
      MultipartFile file, ImportOptions options, OrganizationScope scope, String by) {
    try (var in = file.getInputStream()) {
      return memberImport.run(in, options, scope, by);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A background import: the whole page, or (for htmx polling) its progress alone. */
  @GetMapping("/members/import/{id}")
  String job(
      @PathVariable String id,
      OrganizationScope scope,
      CurrentUser user,
      HtmxRequest htmx,
      Model model) {
    requireManager(scope);
    var job =
        jobs.find(id, user.username())
            .orElseThrow(() -> new NotFoundException("import.jobNotFound"));
    // read once: the job may finish while the page is being written
    boolean done = job.done();
    model.addAttribute("job", job);
    model.addAttribute("done", done);
    if (done) {
      model.addAttribute("report", job.report());
    }
    return htmx.isHtmxRequest() ? JOB : VIEW;
  }

  /** The refused rows of a valid-rows-only import, with their reasons. */
  @GetMapping("/members/import/{id}/refused-rows.xlsx")
  ResponseEntity<byte[]> refusedRows(
      @PathVariable String id, OrganizationScope scope, CurrentUser user) {
    requireManager(scope);
    return jobs.refusedRows(id, user.username());
  }

  private static void requireManager(OrganizationScope scope) {
    if (!scope.canManageAnything()) {
      throw new ForbiddenException("organization.forbidden");
    }
  }
}
