package vn.dangbo.rules.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.rules.CalendarDay;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleVersion;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.shared.RefusedException;

/** The rulebook and the working-day calendar over JSON. */
@RestController
class RuleApi {

  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final MessageSource messages;

  RuleApi(RuleBook rules, WorkingDayCalendar calendar, MessageSource messages) {
    this.rules = rules;
    this.calendar = calendar;
    this.messages = messages;
  }

  /**
   * Every version of every rule; with {@code on}, only the versions in force that day (a rule whose
   * first version is later, such as the points of QĐ 366-QĐ/TW, is not listed).
   */
  @GetMapping("/api/v1/rules")
  List<RuleVersion> rules(@RequestParam(required = false) LocalDate on) {
    if (on == null) {
      return rules.versions();
    }
    var inForce = rules.inForce(on);
    if (inForce.isEmpty()) {
      throw new RefusedException("rules.refused.noneInForce", on);
    }
    return inForce.stream().map(r -> new RuleVersion(r, null, null)).toList();
  }

  @PostMapping("/api/v1/rules")
  @ResponseStatus(HttpStatus.CREATED)
  Rule add(@RequestBody RuleRequest request, CurrentUser user) {
    RulePages.requireRuleEditor(user);
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
        request.overrideReason(),
        user.username());
  }

  /**
   * The day on which {@code count} working days after {@code from} have passed. A count that runs
   * past the last day the calendar is recorded for carries a warning: its days there are weekdays
   * only. The unconfirmed days off it skipped are listed.
   */
  @GetMapping("/api/v1/calendar/working-days")
  Map<String, Object> workingDays(
      @RequestParam LocalDate from, @RequestParam int count, Locale locale) {
    if (count < 0 || count > 1000) {
      throw new RefusedException("calendar.refused.count");
    }
    var counted = calendar.count(from, count);
    var answer = new LinkedHashMap<String, Object>();
    answer.put("from", from);
    answer.put("count", count);
    answer.put("day", counted.day());
    answer.put("recordedThrough", counted.recordedThrough());
    answer.put("beyondRecord", counted.beyondRecord());
    answer.put("warning", RulePages.warning(counted, messages, locale));
    answer.put("unconfirmedDaysOff", counted.unconfirmedDaysOff());
    return answer;
  }

  /** The days off and worked days in force in a year, substitutes included. */
  @GetMapping("/api/v1/calendar/holidays")
  List<CalendarDay> holidays(@RequestParam int year) {
    return calendar.year(year);
  }

  /** Every version entered for the days of a year, newest first. */
  @GetMapping("/api/v1/calendar/history")
  List<CalendarDay> history(@RequestParam int year) {
    return calendar.history(year);
  }

  /** Records a new version of a day (committee offices and administrators). */
  @PostMapping("/api/v1/calendar/days")
  @ResponseStatus(HttpStatus.CREATED)
  CalendarDay record(@RequestBody DayRequest request, CurrentUser user) {
    RulePages.requireEditor(user);
    return calendar.record(
        CalendarDay.of(
            request.day(),
            request.kind(),
            request.name(),
            request.legalBasis(),
            request.unconfirmed()),
        user.username());
  }

  /**
   * A new version; {@code overrideReason} is needed only to date it back over cases already decided
   * under the version it replaces, and is kept in the audit trail with those cases.
   */
  record RuleRequest(
      String key,
      LocalDate effectiveFrom,
      String value,
      String legalBasis,
      boolean unconfirmed,
      String overrideReason) {}

  record DayRequest(
      LocalDate day, CalendarDay.Kind kind, String name, String legalBasis, boolean unconfirmed) {}
}
