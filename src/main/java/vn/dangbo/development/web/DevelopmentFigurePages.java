package vn.dangbo.development.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;

/** The development figures of an organisation: the funnel of a period and the year's quotas. */
@Controller
class DevelopmentFigurePages {

  private final DevelopmentFigures figures;
  private final Organizations organizations;
  private final Clock clock;

  DevelopmentFigurePages(DevelopmentFigures figures, Organizations organizations, Clock clock) {
    this.figures = figures;
    this.organizations = organizations;
    this.clock = clock;
  }

  @GetMapping("/candidates/funnel")
  String funnel(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      OrganizationScope scope,
      Model model) {
    LocalDate today = LocalDate.now(clock);
    long chosen = organization == null ? CandidatePages.firstAnchor(scope) : organization;
    LocalDate start = from == null ? LocalDate.of(today.getYear(), 1, 1) : from;
    LocalDate end = to == null ? today : to;
    model.addAttribute("funnel", figures.funnel(chosen, start, end, scope));
    model.addAttribute("organization", organizations.findLatest(chosen, scope).orElseThrow());
    return "development/funnel";
  }

  @GetMapping("/candidates/quotas")
  String quotas(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Integer year,
      OrganizationScope scope,
      Model model) {
    long chosen = organization == null ? CandidatePages.firstAnchor(scope) : organization;
    int chosenYear = year == null ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("quotas", figures.quotas(chosen, chosenYear, scope));
    model.addAttribute("organization", organizations.findLatest(chosen, scope).orElseThrow());
    model.addAttribute("year", String.valueOf(chosenYear));
    return "development/quotas";
  }
}
