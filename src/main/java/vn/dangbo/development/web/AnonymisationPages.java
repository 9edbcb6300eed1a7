package vn.dangbo.development.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.development.Anonymisation;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.shared.ForbiddenException;

/**
 * The office's view of the people due to be anonymised (the dry run), and the run itself for its
 * cells; the nightly job does the same for everyone.
 */
@Controller
class AnonymisationPages {

  private final Anonymisation anonymisation;

  AnonymisationPages(Anonymisation anonymisation) {
    this.anonymisation = anonymisation;
  }

  @GetMapping("/candidates/anonymisation")
  String report(CurrentUser user, Model model) {
    office(user);
    model.addAttribute("report", anonymisation.report(user.scope()));
    return "development/anonymisation";
  }

  @PostMapping("/candidates/anonymisation")
  String run(CurrentUser user, RedirectAttributes redirect) {
    office(user);
    int done = anonymisation.run(user.scope());
    redirect.addFlashAttribute("flash", "privacy.anonymise.done");
    redirect.addFlashAttribute("done", done);
    return "redirect:/candidates/anonymisation";
  }

  private static void office(CurrentUser user) {
    if (!user.role().administers()) {
      throw new ForbiddenException("privacy.anonymise.forbidden");
    }
  }
}
