package vn.dangbo.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.reports.UnitSummaries;

/**
 * The member figures of a unit, as a fragment the organisation pages load with htmx: the
 * organisation module does not know members, the reports module reads both.
 */
@Controller
class UnitFigurePages {

  static final String MEMBERS = "reports/unit-members :: members";

  private final UnitSummaries summaries;
  private final Clock clock;

  UnitFigurePages(UnitSummaries summaries, Clock clock) {
    this.summaries = summaries;
    this.clock = clock;
  }

  @GetMapping("/units/{id}/members")
  String members(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope,
      Model model) {
    model.addAttribute("summary", summaries.of(id, on == null ? LocalDate.now(clock) : on, scope));
    return MEMBERS;
  }
}
