package vn.dangbo.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** A committee's members and the cells each is in charge of (cấp ủy viên phụ trách). */
@Controller
class CommitteePages {

  static final String VIEW = "organization/committee";

  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  CommitteePages(Organizations organizations, CommitteeMembers committeeMembers, Clock clock) {
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  @GetMapping("/organizations/{id}/committee")
  String show(@PathVariable long id, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("appoint", new AppointForm(null, CommitteePosition.MEMBER, today));
    model.addAttribute("assign", new AssignForm(null, null, today));
    return view(id, scope, model);
  }

  @PostMapping("/organizations/{id}/committee/appoint")
  String appoint(
      @PathVariable long id,
      @ModelAttribute("appoint") AppointForm form,
      BindingResult result,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Decisions.requireBound(form, result);
    return Forms.attempt(
            result,
            () -> {
              committeeMembers.appoint(id, form.fullName(), form.position(), form.from(), scope);
              redirect.addFlashAttribute("flash", "committee.appointed");
              return "redirect:/organizations/" + id + "/committee";
            })
        .orElseGet(
            () -> {
              model.addAttribute("assign", new AssignForm(null, null, LocalDate.now(clock)));
              return view(id, scope, model);
            });
  }

  @PostMapping("/organizations/{id}/committee/assign")
  String assign(
      @PathVariable long id,
      @ModelAttribute("assign") AssignForm form,
      BindingResult result,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Decisions.requireBound(form, result);
    return Forms.attempt(
            result,
            () -> {
              if (form.committeeMemberId() == null || form.cellId() == null) {
                throw new RefusedException("committeeMember.refused.incomplete");
              }
              committeeMembers.assign(form.committeeMemberId(), form.cellId(), form.from(), scope);
              redirect.addFlashAttribute("flash", "committee.assigned");
              return "redirect:/organizations/" + id + "/committee";
            })
        .orElseGet(
            () -> {
              model.addAttribute(
                  "appoint", new AppointForm(null, CommitteePosition.MEMBER, LocalDate.now(clock)));
              return view(id, scope, model);
            });
  }

  @PostMapping("/organizations/{id}/committee/assignments/{assignmentId}/end")
  String endAssignment(
      @PathVariable long id,
      @PathVariable long assignmentId,
      @RequestParam(required = false) LocalDate on,
      OrganizationScope scope,
      RedirectAttributes redirect) {
    committeeMembers.endAssignment(assignmentId, on == null ? LocalDate.now(clock) : on, scope);
    redirect.addFlashAttribute("flash", "committee.ended");
    return "redirect:/organizations/" + id + "/committee";
  }

  private String view(long id, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var committee =
        organizations
            .findOn(id, today, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    model.addAttribute("committee", committee);
    model.addAttribute("members", committeeMembers.of(id, today, scope));
    model.addAttribute("assignments", committeeMembers.assignmentsUnder(id, today, scope));
    model.addAttribute(
        "cells",
        organizations.descendantsOn(id, today).stream().filter(OrganizationNode::isCell).toList());
    model.addAttribute("positions", CommitteePosition.values());
    model.addAttribute("canManage", scope.canManage(id));
    return VIEW;
  }

  record AppointForm(String fullName, CommitteePosition position, LocalDate from) {}

  record AssignForm(Long committeeMemberId, Long cellId, LocalDate from) {}
}
