package vn.dangbo.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;

/** Home: the user's own units with their counts, coverage and who is in charge. */
@Controller
class HomeController {

  static final String VIEW = "home";

  private final Organizations organizations;
  private final Units units;
  private final Clock clock;

  HomeController(Organizations organizations, Units units, Clock clock) {
    this.organizations = organizations;
    this.units = units;
    this.clock = clock;
  }

  @GetMapping("/")
  String home(OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var anchors =
        scope.everything()
            ? organizations.treeOn(today, scope).stream()
                .filter(n -> n.parentId() == null)
                .map(OrganizationNode::id)
                .toList()
            : scope.anchors().stream().toList();
    model.addAttribute("today", today);
    model.addAttribute(
        "units",
        anchors.stream()
            .map(id -> units.of(id, today, scope))
            .sorted(Comparator.comparing(u -> u.node().name()))
            .toList());
    return VIEW;
  }
}
