package vn.dangbo.members.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberAccounts;
import vn.dangbo.members.Recognition;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.RefusedException;

/**
 * What is done from a member's page: a status decision, a recognition step, a move to another cell,
 * the member's own account, a merge of two records. A refusal shows the page again with its
 * message.
 */
@Controller
class MemberActionPages {

  private final MemberPages pages;
  private final MemberDetailPage detailPage;
  private final vn.dangbo.members.StatusDecisions statusDecisions;
  private final vn.dangbo.members.Transfers transfers;
  private final vn.dangbo.members.Merges merges;
  private final MemberAccounts accounts;
  private final Recognition recognition;

  MemberActionPages(
      MemberPages pages,
      MemberDetailPage detailPage,
      vn.dangbo.members.StatusDecisions statusDecisions,
      vn.dangbo.members.Transfers transfers,
      vn.dangbo.members.Merges merges,
      MemberAccounts accounts,
      Recognition recognition) {
    this.pages = pages;
    this.detailPage = detailPage;
    this.statusDecisions = statusDecisions;
    this.transfers = transfers;
    this.merges = merges;
    this.accounts = accounts;
    this.recognition = recognition;
  }

  @PostMapping("/members/{id}/status")
  String changeStatus(
      @PathVariable long id,
      @ModelAttribute("statusForm") StatusForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    return onRecord(
        id,
        result,
        user,
        model,
        redirect,
        "members.statusChanged",
        () ->
            statusDecisions.changeStatus(
                id,
                version(form.version()),
                form.status(),
                form.on(),
                form.until(),
                new DecisionRef(form.decisionNumber(), form.decisionDate(), form.decisionIssuer()),
                form.reason(),
                user.scope(),
                user.username()));
  }

  /** Adds a part to a probationary member's recognition file (the decision makes them official). */
  @PostMapping("/members/{id}/recognition")
  String recognise(
      @PathVariable long id,
      @ModelAttribute("recognitionForm") RecognitionForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    return onRecord(
        id,
        result,
        user,
        model,
        redirect,
        "recognition.recorded",
        () ->
            recognition.record(
                id,
                form.kind(),
                form.on(),
                new DecisionRef(form.decisionNumber(), form.on(), form.decisionIssuer()),
                form.votesFor(),
                form.certificate(),
                form.note(),
                user.scope(),
                user.username()));
  }

  /** Moves the member to another cell the user manages, on a decision. */
  @PostMapping("/members/{id}/move")
  String move(
      @PathVariable long id,
      @ModelAttribute("moveForm") MoveForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    return onRecord(
        id,
        result,
        user,
        model,
        redirect,
        "members.moved",
        () ->
            transfers.move(
                id,
                version(form.version()),
                form.cellId(),
                form.on(),
                new DecisionRef(form.decisionNumber(), form.decisionDate(), form.decisionIssuer()),
                form.reason(),
                user.scope(),
                user.username()));
  }

  /**
   * Opens the member's own account, linked to their record, in their cell: the member then reads
   * their record and their cell's figures, nothing else.
   */
  @PostMapping("/members/{id}/account")
  String openAccount(
      @PathVariable long id,
      @ModelAttribute("accountForm") AccountForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    return onRecord(
        id,
        result,
        user,
        model,
        redirect,
        "members.account.opened",
        () -> accounts.open(pages.find(id, user.scope()), form.username(), form.password(), user));
  }

  /** Merges another record of the same person into this one (both histories are kept). */
  @PostMapping("/members/{id}/merge")
  String merge(
      @PathVariable long id,
      @RequestParam(required = false) Long duplicateId,
      OrganizationScope scope,
      CurrentUser user,
      RedirectAttributes redirect) {
    if (duplicateId == null) {
      throw new RefusedException("member.refused.mergeSelf");
    }
    merges.merge(id, duplicateId, scope, user.username());
    redirect.addFlashAttribute("flash", "members.merged");
    return "redirect:/members/" + id;
  }

  /**
   * The form for a new record; {@code transferredIn} marks a member arriving from an organisation
   * outside dangbo, whose history starts here with the transfer.
   */

  /** The version the form was shown with; a form without one cannot be stored. */
  private static int version(Integer shown) {
    return shown == null ? -1 : shown;
  }

  /**
   * Does the work on the member's record, then shows the record with the flash; a form that could
   * not be read is a bad request, and a refusal shows the record again with its message.
   */
  private String onRecord(
      long id,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect,
      String flash,
      Runnable work)
      throws BindException {
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          work.run();
          redirect.addFlashAttribute("flash", flash);
          return "redirect:/members/" + id;
        },
        () -> detailPage.show(pages.find(id, user.scope()), user, model));
  }
}
