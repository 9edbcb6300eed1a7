package vn.dangbo.organization.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.OrganizationHistory;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Places;

/** The tree on a chosen day, and one organisation with its figures, places and history. */
@Controller
class OrganizationPages {

  static final String TREE = "organization/tree";
  static final String TREE_FRAGMENT = "organization/tree :: result";
  static final String DETAIL = "organization/detail";

  private final Organizations organizations;
  private final OrganizationHistory history;
  private final Units units;
  private final Places places;
  private final ApprovalRouting approvalRouting;
  private final Clock clock;

  OrganizationPages(
      Organizations organizations,
      OrganizationHistory history,
      Units units,
      Places places,
      ApprovalRouting approvalRouting,
      Clock clock) {
    this.organizations = organizations;
    this.history = history;
    this.units = units;
    this.places = places;
    this.approvalRouting = approvalRouting;
    this.clock = clock;
  }

  /** The whole tree in scope; an htmx request for another day gets just the tree. */
  @GetMapping("/organizations")
  String tree(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope,
      HtmxRequest htmx,
      Model model) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    var nodes = organizations.treeOn(day, scope);
    model.addAttribute("on", day);
    model.addAttribute("roots", TreeNode.nest(nodes));
    model.addAttribute("count", nodes.size());
    return htmx.isHtmxRequest() ? TREE_FRAGMENT : TREE;
  }

  @GetMapping("/organizations/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope,
      Model model) {
    LocalDate day = on == null ? LocalDate.now(clock) : on;
    var unit = units.of(id, day, scope);
    model.addAttribute("unit", unit);
    model.addAttribute("history", history.names(id, scope));
    model.addAttribute("predecessors", organizations.predecessors(id));
    model.addAttribute("changes", history.changesOf(id, scope));
    model.addAttribute("places", places.of(id, unit.shownOn(), scope));
    model.addAttribute("canManage", scope.canManage(id));
    model.addAttribute(
        "canChange",
        unit.node().existence().isOpen()
            && (unit.node().parentId() == null
                ? scope.everything()
                : scope.canManage(unit.node().parentId())));
    if (unit.node().isCell()) {
      model.addAttribute("chain", approvalRouting.forCell(id, unit.shownOn(), scope).orElse(null));
    } else {
      model.addAttribute("chains", approvalRouting.configuredOn(id, scope));
    }
    return DETAIL;
  }
}
