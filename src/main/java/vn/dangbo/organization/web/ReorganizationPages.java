package vn.dangbo.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.AdministrativeLevel;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.ReorganizationKind;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.organization.SplitPart;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Forms for founding, renaming, moving, dissolving and merging organisations. */
@Controller
class ReorganizationPages {

  static final String CHANGE = "organization/change";
  static final String FOUND = "organization/found";
  static final String MERGE = "organization/merge";
  static final String SPLIT = "organization/split";

  private final Organizations organizations;
  private final Reorganizations reorganizations;
  private final Clock clock;

  ReorganizationPages(Organizations organizations, Reorganizations reorganizations, Clock clock) {
    this.organizations = organizations;
    this.reorganizations = reorganizations;
    this.clock = clock;
  }

  @InitBinder
  void binder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  @GetMapping("/organizations/{id}/change")
  String changeForm(
      @PathVariable long id,
      @RequestParam ReorganizationKind action,
      OrganizationScope scope,
      Model model) {
    var node = current(id, scope);
    model.addAttribute(
        "form",
        new ChangeForm(
            action, node.name(), node.parentId(), LocalDate.now(clock), null, null, null));
    return changeView(node, scope, model);
  }

  @PostMapping("/organizations/{id}/change")
  String change(
      @PathVariable long id,
      @ModelAttribute("form") ChangeForm form,
      BindingResult result,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Decisions.requireBound(form, result);
    var node = current(id, scope);
    if (form.action() == null) {
      throw new RefusedException("error.badRequest");
    }
    return Forms.attempt(
            result,
            () -> {
              var decision =
                  Decisions.of(form.decisionNumber(), form.decisionDate(), form.decisionIssuer());
              switch (form.action()) {
                case RENAME ->
                    reorganizations.rename(
                        id, form.name(), form.on(), decision, scope, user.username());
                case MOVE -> {
                  if (form.parentId() == null) {
                    throw new RefusedException("organization.refused.parentMissing", form.on());
                  }
                  reorganizations.move(
                      id, form.parentId(), form.on(), decision, scope, user.username());
                }
                case DISSOLVE ->
                    reorganizations.dissolve(id, form.on(), decision, scope, user.username());
                default -> throw new RefusedException("error.badRequest");
              }
              redirect.addFlashAttribute("flash", "change.done");
              return "redirect:/organizations/" + id;
            })
        .orElseGet(() -> changeView(node, scope, model));
  }

  @GetMapping("/organizations/new")
  String foundForm(@RequestParam long parent, OrganizationScope scope, Model model) {
    var parentNode = current(parent, scope);
    model.addAttribute(
        "form",
        new FoundForm(
            null,
            OrganizationKind.CELL,
            CellType.VILLAGE,
            null,
            false,
            null,
            LocalDate.now(clock),
            null,
            null,
            null));
    return foundView(parentNode, model);
  }

  @PostMapping("/organizations/new")
  String found(
      @RequestParam long parent,
      @ModelAttribute("form") FoundForm form,
      BindingResult result,
      OrganizationScope scope,
      CurrentUser user,
      Model model)
      throws BindException {
    Decisions.requireBound(form, result);
    var parentNode = current(parent, scope);
    return Forms.attempt(
            result,
            () -> {
              long id =
                  reorganizations.found(
                      form.organization(parent),
                      form.on(),
                      Decisions.of(
                          form.decisionNumber(), form.decisionDate(), form.decisionIssuer()),
                      scope,
                      user.username());
              return "redirect:/organizations/" + id;
            })
        .orElseGet(() -> foundView(parentNode, model));
  }

  @GetMapping("/organizations/merge")
  String mergeForm(OrganizationScope scope, Model model) {
    requireManager(scope);
    model.addAttribute(
        "form",
        new MergeForm(
            List.of(),
            null,
            OrganizationKind.COMMITTEE,
            AdministrativeLevel.COMMUNE,
            true,
            null,
            null,
            null,
            LocalDate.now(clock),
            null,
            null,
            null));
    return mergeView(scope, model);
  }

  @PostMapping("/organizations/merge")
  String merge(
      @ModelAttribute("form") MergeForm form,
      BindingResult result,
      OrganizationScope scope,
      CurrentUser user,
      Model model)
      throws BindException {
    Decisions.requireBound(form, result);
    requireManager(scope);
    return Forms.attempt(
            result,
            () -> {
              long id =
                  reorganizations.merge(
                      form.organizationIds() == null ? List.of() : form.organizationIds(),
                      form.successor(),
                      form.on(),
                      Decisions.of(
                          form.decisionNumber(), form.decisionDate(), form.decisionIssuer()),
                      scope,
                      user.username());
              return "redirect:/organizations/" + id;
            })
        .orElseGet(() -> mergeView(scope, model));
  }

  @GetMapping("/organizations/{id}/split")
  String splitForm(@PathVariable long id, OrganizationScope scope, Model model) {
    var node = current(id, scope);
    model.addAttribute(
        "form", new SplitForm(null, null, null, LocalDate.now(clock), null, null, null));
    return splitView(node, Map.of(), model);
  }

  /**
   * Splits into two or three new organisations of the same kind under the same parent; each child
   * is handed to one of them through a field {@code part-CHILDID} with value 1, 2 or 3.
   */
  @PostMapping("/organizations/{id}/split")
  String split(
      @PathVariable long id,
      @ModelAttribute("form") SplitForm form,
      BindingResult result,
      @RequestParam Map<String, String> fields,
      OrganizationScope scope,
      CurrentUser user,
      Model model)
      throws BindException {
    Decisions.requireBound(form, result);
    var node = current(id, scope);
    var names = Stream.of(form.name1(), form.name2(), form.name3()).toList();
    return Forms.attempt(
            result,
            () -> {
              var parts = new ArrayList<SplitPart>();
              for (int part = 1; part <= 3; part++) {
                String name = names.get(part - 1);
                if (name == null || name.isBlank()) {
                  continue;
                }
                var children = new ArrayList<Long>();
                for (var child :
                    organizations.childrenOn(
                        id, form.on() == null ? LocalDate.now(clock) : form.on())) {
                  if (String.valueOf(part).equals(fields.get("part-" + child.id()))) {
                    children.add(child.id());
                  }
                }
                parts.add(
                    new SplitPart(
                        new NewOrganization(
                            name,
                            node.kind(),
                            node.level(),
                            node.grassroots(),
                            node.cellType(),
                            node.parentId(),
                            null),
                        children));
              }
              var created =
                  reorganizations.split(
                      id,
                      parts,
                      form.on(),
                      Decisions.of(
                          form.decisionNumber(), form.decisionDate(), form.decisionIssuer()),
                      scope,
                      user.username());
              return "redirect:/organizations/" + created.get(0);
            })
        .orElseGet(() -> splitView(node, fields, model));
  }

  private String splitView(OrganizationNode node, Map<String, String> chosen, Model model) {
    model.addAttribute("node", node);
    model.addAttribute("children", organizations.childrenOn(node.id(), LocalDate.now(clock)));
    model.addAttribute("chosen", chosen);
    return SPLIT;
  }

  private OrganizationNode current(long id, OrganizationScope scope) {
    return organizations
        .findLatest(id, scope)
        .orElseThrow(() -> new NotFoundException("organization.notFound"));
  }

  private static void requireManager(OrganizationScope scope) {
    if (!scope.canManageAnything()) {
      throw new ForbiddenException("organization.forbidden");
    }
  }

  /** Organisations that can take children, existing today, that the user manages. */
  private List<OrganizationNode> possibleParents(OrganizationScope scope) {
    return organizations.treeOn(LocalDate.now(clock), scope).stream()
        .filter(n -> n.kind().canHaveChildren() && scope.canManage(n.id()))
        .toList();
  }

  private String changeView(OrganizationNode node, OrganizationScope scope, Model model) {
    model.addAttribute("node", node);
    model.addAttribute("parents", possibleParents(scope));
    return CHANGE;
  }

  private String foundView(OrganizationNode parent, Model model) {
    model.addAttribute("parent", parent);
    model.addAttribute("kinds", OrganizationKind.values());
    model.addAttribute("cellTypes", CellType.values());
    model.addAttribute("levels", AdministrativeLevel.values());
    return FOUND;
  }

  private String mergeView(OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute(
        "candidates",
        organizations.treeOn(today, scope).stream()
            .filter(n -> n.parentId() != null && scope.canManage(n.parentId()))
            .toList());
    model.addAttribute("parents", possibleParents(scope));
    model.addAttribute("kinds", OrganizationKind.values());
    model.addAttribute("cellTypes", CellType.values());
    model.addAttribute("levels", AdministrativeLevel.values());
    return MERGE;
  }

  /** The form shows every select; only the ones that fit the chosen kind count. */
  static NewOrganization fromForm(
      String name,
      OrganizationKind kind,
      AdministrativeLevel level,
      Boolean grassroots,
      CellType cellType,
      Long parentId,
      String code) {
    return new NewOrganization(
        name,
        kind,
        kind == OrganizationKind.COMMITTEE ? level : null,
        Boolean.TRUE.equals(grassroots),
        kind == OrganizationKind.CELL ? cellType : null,
        parentId,
        code);
  }
}
