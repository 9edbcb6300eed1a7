package vn.dangbo.offline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;

/**
 * The pages a user may keep on their phone for use without signal: those the modules offer for the
 * user's own cells (the cells among their units that they manage), and nothing for anyone else.
 */
@Service
public class OfflineReading {

  private final List<OfflinePages> modules;
  private final Organizations organizations;
  private final Clock clock;

  OfflineReading(List<OfflinePages> modules, Organizations organizations, Clock clock) {
    this.modules = modules;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** The cells whose pages the user may keep: their own units that are cells they manage. */
  public List<OrganizationNode> cells(OrganizationScope scope) {
    LocalDate today = LocalDate.now(clock);
    var cells = new ArrayList<OrganizationNode>();
    if (!scope.personalRecords()) {
      return cells;
    }
    for (long anchor : scope.anchors()) {
      if (scope.canManage(anchor)) {
        organizations
            .findOn(anchor, today, scope)
            .filter(OrganizationNode::isCell)
            .ifPresent(cells::add);
      }
    }
    return cells;
  }

  /** The paths to keep, the home page first. */
  public List<String> pages(OrganizationScope scope) {
    var pages = new ArrayList<String>();
    var cells = cells(scope);
    if (cells.isEmpty()) {
      return pages;
    }
    pages.add("/");
    pages.add("/offline");
    for (var cell : cells) {
      for (var module : modules) {
        pages.addAll(module.forCell(cell.id(), scope));
      }
    }
    return pages;
  }
}
