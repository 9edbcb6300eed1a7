package vn.dangbo.rules.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import vn.dangbo.accounts.CurrentUser;
import vn.dangbo.accounts.Role;
import vn.dangbo.rules.Holiday;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleVersion;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.RefusedException;

/**
 * The rulebook and the calendar of days off: everyone signed in may read them; administrators and
 * committee offices add rule versions and edit the holidays.
 */
@Controller
class RulePages {

  private final RuleBook rules;
  private final Clock clock;

  RulePages(RuleBook rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @GetMapping("/rules")
  String rules(CurrentUser user, Model model) {
    return rulesView(user, new RuleForm(null, LocalDate.now(clock), null, null, false), model);
  }

  @PostMapping("/rules")
  String addRule(
      @ModelAttribute("form") RuleForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireEditor(user);
    Forms.requireBound(result);
    try {
      rules.add(
          new Rule(
              form.key(),
              form.effectiveFrom(),
              form.value(),
              form.legalBasis(),
              Boolean.TRUE.equals(form.unconfirmed())),
          user.username());
      redirect.addFlashAttribute("flash", "rules.added");
      return "redirect:/rules";
    } catch (RefusedException e) {
      result.reject(e.messageCode(), e.arguments(), e.messageCode());
      return rulesView(user, form, model);
    }
  }

  @GetMapping("/calendar")
  String calendar(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
    int chosen = year == null ? LocalDate.now(clock).getYear() : year;
    return calendarView(chosen, user, new HolidayForm(null, null, null, false), model);
  }

  @PostMapping("/calendar")
  String setHoliday(
      @ModelAttribute("form") HolidayForm form,
      BindingResult result,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    requireEditor(user);
    Forms.requireBound(result);
    try {
      rules.setHoliday(
          new Holiday(
              form.day(), form.name(), form.legalBasis(), Boolean.TRUE.equals(form.unconfirmed())));
      redirect.addFlashAttribute("flash", "calendar.saved");
      return "redirect:/calendar?year=" + form.day().getYear();
    } catch (RefusedException e) {
      result.reject(e.messageCode(), e.arguments(), e.messageCode());
      int year = form.day() == null ? LocalDate.now(clock).getYear() : form.day().getYear();
      return calendarView(year, user, form, model);
    }
  }

  @PostMapping("/calendar/{day}/delete")
  String removeHoliday(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      CurrentUser user,
      RedirectAttributes redirect) {
    requireEditor(user);
    rules.removeHoliday(day);
    redirect.addFlashAttribute("flash", "calendar.removed");
    return "redirect:/calendar?year=" + day.getYear();
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
    model.addAttribute("canEdit", canEdit(user));
    return "rules/list";
  }

  private String calendarView(int year, CurrentUser user, HolidayForm form, Model model) {
    model.addAttribute("year", String.valueOf(year));
    model.addAttribute("previous", String.valueOf(year - 1));
    model.addAttribute("next", String.valueOf(year + 1));
    model.addAttribute("holidays", rules.holidays(year));
    model.addAttribute("form", form);
    model.addAttribute("canEdit", canEdit(user));
    return "rules/calendar";
  }

  static boolean canEdit(CurrentUser user) {
    return user.role() == Role.ADMINISTRATOR || user.role() == Role.COMMITTEE_OFFICE;
  }

  static void requireEditor(CurrentUser user) {
    if (!canEdit(user)) {
      throw new ForbiddenException("rules.forbidden");
    }
  }

  record RuleForm(
      RuleKey key, LocalDate effectiveFrom, String value, String legalBasis, Boolean unconfirmed) {}

  record HolidayForm(LocalDate day, String name, String legalBasis, Boolean unconfirmed) {}
}
