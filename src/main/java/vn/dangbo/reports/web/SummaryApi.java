package vn.dangbo.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.reports.UnitSummaries;

/** The summary of an organisation on a day, as the pages show it. */
@RestController
class SummaryApi {

  private final UnitSummaries summaries;
  private final Clock clock;

  SummaryApi(UnitSummaries summaries, Clock clock) {
    this.summaries = summaries;
    this.clock = clock;
  }

  @GetMapping("/api/v1/organizations/{id}/summary")
  Map<String, Object> summary(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    var summary = summaries.of(id, on == null ? LocalDate.now(clock) : on, scope);
    var coverage = summary.coverage();
    var places = new LinkedHashMap<String, Object>();
    places.put("total", coverage.total());
    places.put("withCell", coverage.withCell());
    places.put("withoutCell", coverage.withoutCell());
    places.put("withoutMembers", summary.placesWithoutMembers().size());
    places.put("byKind", coverage.byKind());
    places.put("placesWithoutCell", coverage.placesWithoutCell());
    places.put("placesWithoutMembers", summary.placesWithoutMembers());
    var body = new LinkedHashMap<String, Object>();
    body.put("organization", summary.organization());
    body.put("on", summary.on());
    body.put("cells", summary.cells());
    body.put("cellsByType", summary.cellsByType());
    body.put("partialCommittees", summary.partialCommittees());
    body.put("members", summary.members());
    body.put("places", places);
    return body;
  }
}
