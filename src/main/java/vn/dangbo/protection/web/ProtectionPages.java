package vn.dangbo.protection.web;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.protection.Resealing;
import vn.dangbo.shared.RefusedException;

/**
 * The administrator's page of the keys for personal data: which keys the ring holds and which is
 * current, whether every row is sealed under it, the last pass; a new key (when the keys are in a
 * key file) or a pass after the keys were changed where they are kept. The pass runs in the
 * background; the page shows how far it is.
 */
@Controller
class ProtectionPages {

  private final PersonalData data;
  private final Resealing resealing;
  private final Executor background;

  ProtectionPages(
      PersonalData data,
      Resealing resealing,
      @Qualifier("applicationTaskExecutor") Executor background) {
    this.data = data;
    this.resealing = resealing;
    this.background = background;
  }

  @GetMapping("/admin/protection")
  String page(Model model) {
    model.addAttribute("keys", data.keys());
    model.addAttribute("needed", resealing.needed());
    model.addAttribute("progress", resealing.progress());
    return "protection/keys";
  }

  /** A new key in the key file, current from now on; every row is resealed under it. */
  @PostMapping("/admin/protection/rotate")
  String rotate(RedirectAttributes redirect) {
    if (!data.keys().canAdd()) {
      throw new RefusedException("protection.refused.keysGiven");
    }
    String key = resealing.rotate();
    background.execute(resealing::run);
    redirect.addFlashAttribute("flash", "protection.rotated");
    return "redirect:/admin/protection";
  }

  /** The keys read again from where they are kept, and a pass under the current one. */
  @PostMapping("/admin/protection/reseal")
  String reseal(RedirectAttributes redirect) {
    resealing.reload();
    background.execute(resealing::run);
    redirect.addFlashAttribute("flash", "protection.resealing");
    return "redirect:/admin/protection";
  }
}
