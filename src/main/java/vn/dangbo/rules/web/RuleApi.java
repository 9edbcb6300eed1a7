package vn.dangbo.rules.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.accounts.CurrentUser;
import vn.dangbo.rules.Holiday;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleVersion;
import vn.dangbo.shared.RefusedException;

/** The rulebook and the working-day calendar over JSON. */
@RestController
class RuleApi {

  private final RuleBook rules;

  RuleApi(RuleBook rules) {
    this.rules = rules;
  }

  /** Every version of every rule; with {@code on}, only the versions in force that day. */
  @GetMapping("/api/v1/rules")
  List<RuleVersion> rules(@RequestParam(required = false) LocalDate on) {
    if (on == null) {
      return rules.versions();
    }
    return java.util.Arrays.stream(RuleKey.values())
        .map(k -> new RuleVersion(rules.at(on, k), null, null))
        .toList();
  }

  @PostMapping("/api/v1/rules")
  @ResponseStatus(HttpStatus.CREATED)
  Rule add(@RequestBody RuleRequest request, CurrentUser user) {
    RulePages.requireEditor(user);
    var key =
        RuleKey.of(request.key())
            .orElseThrow(() -> new RefusedException("rules.refused.unknownKey", request.key()));
    return rules.add(
        new Rule(
            key,
            request.effectiveFrom(),
            request.value(),
            request.legalBasis(),
            request.unconfirmed()),
        user.username());
  }

  /** The day on which {@code count} working days after {@code from} have passed. */
  @GetMapping("/api/v1/calendar/working-days")
  Map<String, Object> workingDays(@RequestParam LocalDate from, @RequestParam int count) {
    if (count < 0 || count > 1000) {
      throw new RefusedException("calendar.refused.count");
    }
    return Map.of("from", from, "count", count, "day", rules.workingDaysAfter(from, count));
  }

  @GetMapping("/api/v1/calendar/holidays")
  List<Holiday> holidays(@RequestParam int year) {
    return rules.holidays(year);
  }

  record RuleRequest(
      String key, LocalDate effectiveFrom, String value, String legalBasis, boolean unconfirmed) {}
}
