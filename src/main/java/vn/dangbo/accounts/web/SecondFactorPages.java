package vn.dangbo.accounts.web;

import java.util.ArrayList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.accounts.SecondFactors;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;

/**
 * Xác thực hai bước: an administrator or office worker links an authenticator app to the account
 * (scan the QR code, type the code it shows), or unlinks it; an account manager unlinks it for
 * someone who lost their phone.
 */
@Controller
class SecondFactorPages {

  static final String VIEW = "accounts/second-factor";

  private final SecondFactors secondFactors;

  SecondFactorPages(SecondFactors secondFactors) {
    this.secondFactors = secondFactors;
  }

  @GetMapping("/account/second-factor")
  String show(CurrentUser user, Model model) {
    requireOffered(user);
    model.addAttribute("on", secondFactors.isOn(user.accountId()));
    return VIEW;
  }

  @PostMapping("/account/second-factor/start")
  @OwnWrite
  String start(CurrentUser user, Model model) {
    requireOffered(user);
    if (secondFactors.isOn(user.accountId())) {
      return "redirect:/account/second-factor";
    }
    return enrollment(user, model, null);
  }

  @PostMapping("/account/second-factor/confirm")
  @OwnWrite
  String confirm(
      @RequestParam(required = false) String code,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    var refused = new ArrayList<String>();
    if (Forms.attempt(
        () -> secondFactors.confirm(user, code), refusal -> refused.add(refusal.messageCode()))) {
      redirect.addFlashAttribute("flash", "secondFactor.turnedOn");
      return "redirect:/account/second-factor";
    }
    return enrollment(user, model, refused.get(0));
  }

  @PostMapping("/account/second-factor/off")
  @OwnWrite
  String turnOff(
      @RequestParam(required = false) String code,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    requireOffered(user);
    if (Forms.attempt(
        () -> secondFactors.turnOff(user, code),
        refusal -> model.addAttribute("error", refusal.messageCode()))) {
      redirect.addFlashAttribute("flash", "secondFactor.turnedOff");
      return "redirect:/account/second-factor";
    }
    model.addAttribute("on", true);
    return VIEW;
  }

  @PostMapping("/accounts/{id}/second-factor/off")
  String removeFor(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
    secondFactors.removeFor(id, user);
    redirect.addFlashAttribute("flash", "secondFactor.removed");
    return "redirect:/accounts/" + id;
  }

  private String enrollment(CurrentUser user, Model model, String error) {
    var enrollment = secondFactors.enrollment(user);
    model.addAttribute("on", false);
    model.addAttribute("enrollment", enrollment);
    model.addAttribute("qr", QrCode.svg(enrollment.keyUri()));
    model.addAttribute("error", error);
    return VIEW;
  }

  private static void requireOffered(CurrentUser user) {
    if (!SecondFactors.offeredTo(user.role())) {
      throw new ForbiddenException("secondFactor.forbidden");
    }
  }
}
