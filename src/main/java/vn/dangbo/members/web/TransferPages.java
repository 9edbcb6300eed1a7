package vn.dangbo.members.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.members.Members;
import vn.dangbo.members.Transfers;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;

/**
 * Receiving a member transferred in (tiếp nhận đảng viên chuyển đến): the cell enters the citizen
 * ID from the introduction letter; a record transferred out elsewhere in dangbo continues here, and
 * a member from outside gets a new record marked as transferred in.
 */
@Controller
class TransferPages {

  static final String PAGE = "members/transfer-in";

  private final Members members;
  private final Transfers transfers;
  private final Organizations organizations;
  private final Clock clock;

  TransferPages(Members members, Transfers transfers, Organizations organizations, Clock clock) {
    this.members = members;
    this.transfers = transfers;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping("/members/transfers-in")
  String page(@RequestParam(required = false) String citizenId, CurrentUser user, Model model) {
    requireManager(user);
    var form = new ReceiveForm(citizenId, null, LocalDate.now(clock), null, null, null, null);
    return view(form, user, model);
  }

  @PostMapping("/members/transfers-in")
  String receive(
      @ModelAttribute("form") ReceiveForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireManager(user);
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          long id =
              transfers.receive(
                  form.citizenId(),
                  form.cellId(),
                  form.on(),
                  new DecisionRef(
                      form.decisionNumber(), form.decisionDate(), form.decisionIssuer()),
                  form.reason(),
                  user.scope(),
                  user.username());
          redirect.addFlashAttribute("flash", "members.received");
          return "redirect:/members/" + id;
        },
        () -> view(form, user, model));
  }

  private String view(ReceiveForm form, CurrentUser user, Model model) {
    var scope = user.scope();
    model.addAttribute("form", form);
    model.addAttribute(
        "awaited",
        form.citizenId() == null || form.citizenId().isBlank()
            ? null
            : members.awaitingTransfer(form.citizenId(), scope).orElse(null));
    model.addAttribute(
        "cells",
        organizations.treeOn(LocalDate.now(clock), scope).stream()
            .filter(c -> c.isCell() && scope.canManage(c.id()))
            .toList());
    return PAGE;
  }

  private static void requireManager(CurrentUser user) {
    if (!user.scope().canManageAnything()) {
      throw new ForbiddenException("organization.forbidden");
    }
  }

  record ReceiveForm(
      String citizenId,
      Long cellId,
      LocalDate on,
      String decisionNumber,
      LocalDate decisionDate,
      String decisionIssuer,
      String reason) {}
}
