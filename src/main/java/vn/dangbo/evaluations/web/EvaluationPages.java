package vn.dangbo.evaluations.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.evaluations.Assessment;
import vn.dangbo.evaluations.EvaluationCycle;
import vn.dangbo.evaluations.Evaluations;
import vn.dangbo.evaluations.Grade;
import vn.dangbo.evaluations.GradeReports;
import vn.dangbo.evaluations.Grading;
import vn.dangbo.evaluations.PeriodKind;
import vn.dangbo.evaluations.Rewards;
import vn.dangbo.evaluations.Step;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.MeetingCompliance;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The evaluation pages: the cycles, a cycle's list with the cap on "excellent", one evaluation's
 * form with the year's meetings beside it, grade histories with rewards, and the grade report.
 */
@Controller
class EvaluationPages {

  private final Evaluations evaluations;

  private final vn.dangbo.evaluations.EvaluationCycles evaluationCycles;

  private final vn.dangbo.evaluations.EvaluationSteps evaluationSteps;
  private final GradeReports reports;
  private final Rewards rewards;
  private final MeetingCompliance meetings;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  EvaluationPages(
      Evaluations evaluations,
      vn.dangbo.evaluations.EvaluationCycles evaluationCycles,
      vn.dangbo.evaluations.EvaluationSteps evaluationSteps,
      GradeReports reports,
      Rewards rewards,
      MeetingCompliance meetings,
      Organizations organizations,
      RuleBook rules,
      Clock clock) {
    this.evaluations = evaluations;
    this.evaluationCycles = evaluationCycles;
    this.evaluationSteps = evaluationSteps;
    this.reports = reports;
    this.rewards = rewards;
    this.meetings = meetings;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  @GetMapping("/evaluations")
  String list(OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("cycles", evaluations.cycles(scope));
    model.addAttribute(
        "organizations",
        organizations.treeOn(today, scope).stream()
            .filter(o -> o.grassroots() && scope.canManage(o.id()))
            .toList());
    model.addAttribute("kinds", PeriodKind.values());
    model.addAttribute("year", today.getYear());
    return "evaluations/list";
  }

  @PostMapping("/evaluations")
  String open(
      Evaluations.CycleRequest request, OrganizationScope scope, CurrentUser user, Model model) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          long id = evaluationCycles.open(request, scope, user.username());
          return "redirect:/evaluations/" + id;
        },
        () -> list(scope, model));
  }

  @GetMapping("/evaluations/{id}")
  String cycle(
      @PathVariable long id,
      @RequestParam(required = false) Long cell,
      OrganizationScope scope,
      Model model) {
    var cycle = cycleOf(id, scope);
    var all = evaluations.evaluations(id, null, scope);
    model.addAttribute("cycle", cycle);
    model.addAttribute("cap", evaluations.cap(cycle));
    model.addAttribute(
        "units",
        all.stream().filter(e -> !e.isMember() && (cell == null || e.cellId() == cell)).toList());
    model.addAttribute(
        "members",
        all.stream().filter(e -> e.isMember() && (cell == null || e.cellId() == cell)).toList());
    model.addAttribute(
        "cells",
        all.stream()
            .filter(e -> e.isMember())
            .map(e -> Map.entry(e.cellId(), e.cellName()))
            .distinct()
            .toList());
    model.addAttribute("cell", cell);
    model.addAttribute("canManage", !cycle.closed() && scope.canManage(cycle.organizationId()));
    model.addAttribute("scored", Grading.at(rules, cycle.periodTo()).scored());
    return "evaluations/cycle";
  }

  @PostMapping("/evaluations/{id}/refresh")
  String refresh(
      @PathVariable long id, OrganizationScope scope, RedirectAttributes redirect, Model model) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          int added = evaluationCycles.refresh(id, LocalDate.now(clock), scope);
          redirect.addFlashAttribute("flash", "evaluation.refreshed");
          redirect.addFlashAttribute("added", added);
          return "redirect:/evaluations/" + id;
        },
        () -> cycle(id, null, scope, model));
  }

  @PostMapping("/evaluations/{id}/close")
  String close(
      @PathVariable long id, OrganizationScope scope, RedirectAttributes redirect, Model model) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          evaluationCycles.close(id, scope);
          redirect.addFlashAttribute("flash", "evaluation.closedNow");
          return "redirect:/evaluations/" + id;
        },
        () -> cycle(id, null, scope, model));
  }

  @GetMapping("/evaluations/items/{id}")
  String item(@PathVariable long id, OrganizationScope scope, Model model) {
    var evaluation =
        evaluations.find(id, scope).orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    var cycle = evaluations.cycle(evaluation.cycleId(), scope).orElseThrow();
    var grading = Grading.at(rules, cycle.periodTo());
    Step next = evaluation.nextStep();
    model.addAttribute("evaluation", evaluation);
    model.addAttribute("cycle", cycle);
    model.addAttribute("grading", grading);
    model.addAttribute("steps", Step.values());
    model.addAttribute("grades", Grade.values());
    model.addAttribute(
        "step",
        next != null && evaluationSteps.mayRecord(cycle, evaluation, next, scope) ? next : null);
    model.addAttribute(
        "redecide",
        next == null && evaluationSteps.mayRecord(cycle, evaluation, Step.DECISION, scope));
    model.addAttribute(
        "previous",
        next == null
            ? null
            : next.previous() == null ? null : evaluation.steps().get(next.previous()));
    if (evaluation.isMember() && scope.personalRecords()) {
      model.addAttribute("cap", evaluations.cap(cycle));
    }
    model.addAttribute(
        "evidence",
        evaluation.isMember()
            ? meetings.ofMember(evaluation.memberId(), cycle.periodFrom(), cycle.periodTo())
            : meetings.ofOrganization(
                evaluation.organizationId(), cycle.periodFrom(), cycle.periodTo()));
    return "evaluations/item";
  }

  @PostMapping("/evaluations/items/{id}")
  @OwnWrite
  String record(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          Step step = parse(Step.class, form.get("step"));
          Integer version = number(form.get("version"));
          if (step == null || version == null) {
            throw new RefusedException("evaluation.refused.incomplete");
          }
          var assessment =
              new Assessment(
                  decimal(form.get("generalPoints")),
                  decimal(form.get("taskPoints")),
                  form.containsKey("allTasksOnTime"),
                  number(form.get("exceedingPercent")),
                  number(form.get("latePercent")),
                  form.containsKey("disciplined"),
                  !form.containsKey("shortcomingsOpen"),
                  parse(Grade.class, form.get("grade")),
                  form.get("comment"));
          Grade grade =
              evaluationSteps.record(id, step, version, assessment, scope, user.username());
          redirect.addFlashAttribute("flash", "evaluation.saved");
          redirect.addFlashAttribute("savedGrade", grade);
          return "redirect:/evaluations/items/" + id;
        },
        () -> {
          model.addAttribute("form", form);
          return item(id, scope, model);
        });
  }

  @GetMapping("/evaluations/report")
  String report(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      OrganizationScope scope,
      Model model) {
    long chosen = organization != null ? organization : anchor(scope);
    int last = to == null ? LocalDate.now(clock).getYear() : to;
    int first = from == null ? last - 4 : Math.max(from, last - 50);
    model.addAttribute("distribution", reports.distribution(chosen, first, last, scope));
    return "evaluations/report";
  }

  @GetMapping("/evaluations/report.{format}")
  ResponseEntity<byte[]> reportFile(
      @PathVariable String format,
      @RequestParam long organization,
      @RequestParam int from,
      @RequestParam int to,
      OrganizationScope scope,
      Locale locale) {
    if (from > to || to - from > 50) {
      throw new RefusedException("evaluation.refused.period");
    }
    return EvaluationApi.reportFile(reports, organization, from, to, format, scope, locale);
  }

  private long anchor(OrganizationScope scope) {
    return scope.anchors().stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organization.notFound"));
  }

  private EvaluationCycle cycleOf(long id, OrganizationScope scope) {
    return evaluations
        .cycle(id, scope)
        .orElseThrow(() -> new NotFoundException("evaluation.notFound"));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
  }

  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new RefusedException("evaluation.refused.number");
    }
  }

  private static BigDecimal decimal(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new RefusedException("evaluation.refused.number");
    }
  }
}
