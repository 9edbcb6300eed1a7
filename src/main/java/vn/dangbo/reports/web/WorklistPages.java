package vn.dangbo.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.dangbo.away.AwayRegister;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.Due;
import vn.dangbo.development.DueDates;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.MeetingReminders;
import vn.dangbo.terms.CongressTerms;

/**
 * What is due and overdue in the user's cells: the development deadlines and the meetings'
 * reminders, as a page and over JSON. A read model across modules, so it lives in reports.
 */
@Controller
class WorklistPages {

  private static final int HORIZON_DAYS = 60;
  private static final int HOME_ITEMS = 5;

  private final DueDates dueDates;
  private final Candidates candidates;
  private final MeetingReminders reminders;
  private final AwayRegister away;
  private final CongressTerms terms;
  private final Clock clock;

  WorklistPages(
      DueDates dueDates,
      Candidates candidates,
      MeetingReminders reminders,
      AwayRegister away,
      CongressTerms terms,
      Clock clock) {
    this.dueDates = dueDates;
    this.candidates = candidates;
    this.reminders = reminders;
    this.away = away;
    this.terms = terms;
    this.clock = clock;
  }

  /** The meetings' reminders over JSON. */
  @GetMapping("/api/v1/worklist/meetings")
  @ResponseBody
  List<MeetingReminders.Reminder> meetingReminders(OrganizationScope scope) {
    return reminders.of(scope, LocalDate.now(clock));
  }

  @GetMapping("/worklist")
  String worklist(OrganizationScope scope, Model model) {
    model.addAttribute("due", dueDates.worklist(scope, LocalDate.now(clock), HORIZON_DAYS));
    model.addAttribute("horizon", HORIZON_DAYS);
    model.addAttribute(
        "mentored",
        scope.ownRecord() == null ? List.of() : candidates.mentoredBy(scope.ownRecord()));
    model.addAttribute("reminders", reminders.of(scope, LocalDate.now(clock)));
    model.addAttribute("silentAway", away.silent(scope));
    model.addAttribute("congresses", terms.due(scope));
    return "reports/worklist";
  }

  /**
   * The home page's short list: the meetings' reminders and what is overdue or due within a week,
   * loaded by htmx after the page (home belongs to organization, which knows nothing of these).
   */
  @GetMapping("/worklist/home")
  String home(OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var due =
        dueDates.worklist(scope, today, HORIZON_DAYS).stream()
            .filter(d -> d.level().equals("OVERDUE") || d.level().equals("DAYS_7"))
            .toList();
    var reminders = this.reminders.of(scope, today);
    var silent = away.silent(scope);
    var congresses = terms.due(scope);
    model.addAttribute("due", due.stream().limit(HOME_ITEMS).toList());
    model.addAttribute("reminders", reminders.stream().limit(HOME_ITEMS).toList());
    model.addAttribute("silentAway", silent.stream().limit(HOME_ITEMS).toList());
    model.addAttribute("congresses", congresses.stream().limit(HOME_ITEMS).toList());
    model.addAttribute(
        "more",
        Math.max(0, due.size() - HOME_ITEMS)
            + Math.max(0, reminders.size() - HOME_ITEMS)
            + Math.max(0, silent.size() - HOME_ITEMS)
            + Math.max(0, congresses.size() - HOME_ITEMS));
    return "reports/worklist-home :: home";
  }

  @GetMapping("/api/v1/worklist")
  @ResponseBody
  java.util.List<Due> api(@RequestParam(defaultValue = "60") int days, OrganizationScope scope) {
    return dueDates.worklist(scope, LocalDate.now(clock), Math.max(0, Math.min(days, 366)));
  }
}
