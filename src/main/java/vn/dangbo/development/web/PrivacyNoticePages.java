package vn.dangbo.development.web;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.development.PrivacyNotices;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.AuditedView;
import vn.dangbo.shared.Forms;

/** The notice about their data a person in the pipeline is given, printed from their record. */
@Controller
class PrivacyNoticePages {

  private final PrivacyNotices notices;

  PrivacyNoticePages(PrivacyNotices notices) {
    this.notices = notices;
  }

  @AuditedView("candidate")
  @GetMapping("/candidates/{id}/privacy-notice")
  String notice(@PathVariable long id, OrganizationScope scope, Model model) {
    var notice = notices.of(id, scope);
    model.addAttribute("notice", notice);
    model.addAttribute("canManage", scope.canManage(notice.candidate().person().cellId()));
    return "development/privacy-notice";
  }

  /** Records the day the person was given the notice (today unless said). */
  @PostMapping("/candidates/{id}/privacy-notice")
  String given(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate noticedOn,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          notices.given(id, noticedOn, user.scope(), user.username());
          redirect.addFlashAttribute("flash", "privacy.notice.recorded");
          return "redirect:/candidates/" + id + "/privacy-notice";
        },
        () -> notice(id, user.scope(), model));
  }
}
