package vn.dangbo.members.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.members.ImportReport;
import vn.dangbo.members.MemberImport;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.RefusedException;

/** Importing members from .xlsx: a dry run first, then the all-or-nothing commit. */
@Controller
class ImportPages {

  static final String VIEW = "members/import";

  private final MemberImport memberImport;
  private final MessageSource messages;

  ImportPages(MemberImport memberImport, MessageSource messages) {
    this.memberImport = memberImport;
    this.messages = messages;
  }

  @GetMapping("/members/import")
  String form(OrganizationScope scope) {
    requireManager(scope);
    return VIEW;
  }

  @PostMapping("/members/import")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean commit,
      OrganizationScope scope,
      Principal principal,
      Model model,
      Locale locale)
      throws IOException {
    requireManager(scope);
    try {
      model.addAttribute("report", run(file, !commit, scope, principal));
    } catch (RefusedException e) {
      model.addAttribute("refusal", messages.getMessage(e.messageCode(), e.arguments(), locale));
    }
    return VIEW;
  }

  private ImportReport run(
      MultipartFile file, boolean dryRun, OrganizationScope scope, Principal principal)
      throws IOException {
    if (file.isEmpty()) {
      throw new RefusedException("import.refused.empty");
    }
    try (var in = file.getInputStream()) {
      return memberImport.run(in, dryRun, scope, principal.getName());
    }
  }

  private static void requireManager(OrganizationScope scope) {
    if (!scope.canManageAnything()) {
      throw new ForbiddenException("organization.forbidden");
    }
  }
}
