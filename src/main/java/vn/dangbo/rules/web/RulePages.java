package vn.dangbo.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.Role;
import vn.dangbo.rules.CalendarDay;
import vn.dangbo.rules.CalendarDay.Kind;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleVersion;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.rules.WorkingDayCount;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;

/**
 * The rulebook and the calendar of days off: everyone signed in may read them; administrators and
 * committee offices add rule versions and edit the holidays.
 */
@Controller
class RulePages {

  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final MessageSource messages;
  private final Clock clock;

  RulePages(RuleBook rules, WorkingDayCalendar calendar, MessageSource messages, Clock clock) {
    this.rules = rules;
    this.calendar = calendar;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/rules")
  String rules(CurrentUser user, Model model) {
    return rulesView(
        user, new RuleForm(null, LocalDate.now(clock), null, null, false, null), model);
  }

  @PostMapping("/rules")
  String addRule(
      @ModelAttribute("form") RuleForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireRuleEditor(user);
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          rules.add(
              new Rule(
                  form.key(),
                  form.effectiveFrom(),
                  form.value(),
                  form.legalBasis(),
                  Boolean.TRUE.equals(form.unconfirmed())),
              form.overrideReason(),
              user.username());
          redirect.addFlashAttribute("flash", "rules.added");
          return "redirect:/rules";
        },
        () -> rulesView(user, form, model));
  }

  @GetMapping("/calendar")
  String calendar(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) Integer count,
      CurrentUser user,
      Model model,
      Locale locale) {
    int chosen = year == null ? LocalDate.now(clock).getYear() : year;
    if (from != null && count != null) {
      if (count < 0 || count > 1000) {
        model.addAttribute("countRefused", "calendar.refused.count");
      } else {
        var counted = calendar.count(from, count);
        model.addAttribute("counted", counted);
        model.addAttribute("countWarning", warning(counted, messages, locale));
      }
    }
    model.addAttribute("countFrom", from == null ? LocalDate.now(clock) : from);
    model.addAttribute("countDays", count == null ? 30 : count);
    return calendarView(chosen, user, new DayForm(null, Kind.DAY_OFF, null, null, false), model);
  }

  @PostMapping("/calendar")
  String recordDay(
      @ModelAttribute("form") DayForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireEditor(user);
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          calendar.record(
              CalendarDay.of(
                  form.day(),
                  form.kind(),
                  form.name(),
                  form.legalBasis(),
                  Boolean.TRUE.equals(form.unconfirmed())),
              user.username());
          redirect.addFlashAttribute("flash", "calendar.saved");
          return "redirect:/calendar?year=" + form.day().getYear();
        },
        () -> {
          int year = form.day() == null ? LocalDate.now(clock).getYear() : form.day().getYear();
          model.addAttribute("countFrom", LocalDate.now(clock));
          model.addAttribute("countDays", 30);
          return calendarView(year, user, form, model);
        });
  }

  /** Makes a day off an ordinary working day again, as a new version with its legal basis. */
  @PostMapping("/calendar/{day}/delete")
  String makeOrdinary(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(required = false) String legalBasis,
      CurrentUser user,
      RedirectAttributes redirect) {
    requireEditor(user);
    if (Forms.attempt(
        () -> calendar.makeOrdinary(day, legalBasis, user.username()),
        refusal -> redirect.addFlashAttribute("flash", refusal.messageCode()))) {
      redirect.addFlashAttribute("flash", "calendar.removed");
    }
    return "redirect:/calendar?year=" + day.getYear();
  }

  /** The warning a count past the recorded calendar carries, in the user's language; else null. */
  static String warning(WorkingDayCount counted, MessageSource messages, Locale locale) {
    if (!counted.beyondRecord()) {
      return null;
    }
    if (counted.recordedThrough() == null) {
      return messages.getMessage("calendar.warning.nothingRecorded", null, locale);
    }
    return messages.getMessage(
        "calendar.warning.beyondRecord",
        new Object[] {String.valueOf(counted.recordedThrough().getYear())},
        locale);
  }

  private String rulesView(CurrentUser user, RuleForm form, Model model) {
    var byKey = new LinkedHashMap<RuleKey, List<RuleVersion>>();
    for (var key : RuleKey.values()) {
      byKey.put(key, new java.util.ArrayList<>());
    }
    rules.versions().forEach(v -> byKey.get(v.rule().key()).add(v));
    model.addAttribute("rules", byKey);
    model.addAttribute("keys", RuleKey.values());
    model.addAttribute("form", form);
    model.addAttribute("canEdit", canEditRules(user));
    return "rules/list";
  }

  private String calendarView(int year, CurrentUser user, DayForm form, Model model) {
    model.addAttribute("year", String.valueOf(year));
    model.addAttribute("previous", String.valueOf(year - 1));
    model.addAttribute("next", String.valueOf(year + 1));
    model.addAttribute("days", calendar.year(year));
    model.addAttribute("history", calendar.history(year));
    model.addAttribute("kinds", WorkingDayCalendar.enterable());
    model.addAttribute("form", form);
    model.addAttribute("canEdit", canEdit(user));
    return "rules/calendar";
  }

  /** The calendar of days off: administrators and committee offices record the year's notice. */
  static boolean canEdit(CurrentUser user) {
    return user.role() == Role.ADMINISTRATOR || user.role() == Role.COMMITTEE_OFFICE;
  }

  static void requireEditor(CurrentUser user) {
    if (!canEdit(user)) {
      throw new ForbiddenException("rules.forbidden");
    }
  }

  /** A rule's value holds for every organisation: only an administrator adds a version. */
  static boolean canEditRules(CurrentUser user) {
    return user.role() == Role.ADMINISTRATOR;
  }

  static void requireRuleEditor(CurrentUser user) {
    if (!canEditRules(user)) {
      throw new ForbiddenException("rules.forbidden.rules");
    }
  }

  record RuleForm(
      RuleKey key,
      LocalDate effectiveFrom,
      String value,
      String legalBasis,
      Boolean unconfirmed,
      String overrideReason) {}

  record DayForm(LocalDate day, Kind kind, String name, String legalBasis, Boolean unconfirmed) {}
}
