package vn.dangbo.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalChain;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.ApprovalStep;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/** Puts a new approval chain in force on an organisation and everything below it. */
@Controller
class ApprovalChainPages {

  static final String VIEW = "organization/approval";

  private final Organizations organizations;
  private final ApprovalRouting routing;
  private final Clock clock;

  ApprovalChainPages(Organizations organizations, ApprovalRouting routing, Clock clock) {
    this.organizations = organizations;
    this.routing = routing;
    this.clock = clock;
  }

  @GetMapping("/organizations/{id}/approval")
  String form(@PathVariable long id, OrganizationScope scope, Model model) {
    var node = manageable(id, scope);
    model.addAttribute(
        "form",
        new ChainForm(
            LocalDate.now(clock),
            null,
            ApprovalAction.DECISION,
            node.id(),
            null,
            null,
            null,
            null));
    return view(node, scope, model);
  }

  @PostMapping("/organizations/{id}/approval")
  String configure(
      @PathVariable long id,
      @ModelAttribute("form") ChainForm form,
      BindingResult result,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Decisions.requireBound(form, result);
    var node = manageable(id, scope);
    return Forms.attempt(
            result,
            () -> {
              routing.configure(
                  ApprovalChain.from(id, form.validFrom(), form.legalBasis(), form.steps()), scope);
              redirect.addFlashAttribute("flash", "approval.saved");
              return "redirect:/organizations/" + id;
            })
        .orElseGet(() -> view(node, scope, model));
  }

  private OrganizationNode manageable(long id, OrganizationScope scope) {
    var node =
        organizations
            .findOn(id, LocalDate.now(clock), scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    if (!scope.canManage(id)) {
      throw new ForbiddenException("organization.forbidden");
    }
    return node;
  }

  private String view(OrganizationNode node, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var actors = new ArrayList<>(organizations.pathUpOn(node.id(), today, scope));
    organizations.descendantsOn(node.id(), today).stream()
        .filter(n -> !n.isCell())
        .forEach(actors::add);
    model.addAttribute("node", node);
    model.addAttribute("actors", actors);
    model.addAttribute("actions", ApprovalAction.values());
    model.addAttribute("chains", routing.configuredOn(node.id(), scope));
    return VIEW;
  }

  /** Up to three steps after the cell's own resolution; empty rows are left out. */
  record ChainForm(
      LocalDate validFrom,
      String legalBasis,
      ApprovalAction action1,
      Long organization1,
      ApprovalAction action2,
      Long organization2,
      ApprovalAction action3,
      Long organization3) {

    List<ApprovalStep> steps() {
      var steps = new ArrayList<ApprovalStep>();
      add(steps, action1, organization1);
      add(steps, action2, organization2);
      add(steps, action3, organization3);
      return steps;
    }

    private static void add(List<ApprovalStep> steps, ApprovalAction action, Long organization) {
      if (action != null && organization != null) {
        steps.add(new ApprovalStep(action, organization));
      }
    }
  }
}
