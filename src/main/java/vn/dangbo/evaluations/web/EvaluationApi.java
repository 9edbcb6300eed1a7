package vn.dangbo.evaluations.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.documents.Downloads;
import vn.dangbo.evaluations.Assessment;
import vn.dangbo.evaluations.Cap;
import vn.dangbo.evaluations.Evaluation;
import vn.dangbo.evaluations.EvaluationCycle;
import vn.dangbo.evaluations.Evaluations;
import vn.dangbo.evaluations.Grade;
import vn.dangbo.evaluations.GradeHistory;
import vn.dangbo.evaluations.GradeReports;
import vn.dangbo.evaluations.Rewards;
import vn.dangbo.evaluations.Step;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Evaluation cycles, their steps, grades, reports and rewards over JSON, scoped like the pages. */
@RestController
class EvaluationApi {

  private final Evaluations evaluations;

  private final vn.dangbo.evaluations.EvaluationCycles evaluationCycles;

  private final vn.dangbo.evaluations.EvaluationSteps evaluationSteps;

  private final vn.dangbo.evaluations.GradeHistory gradeHistory;
  private final GradeReports reports;
  private final Rewards rewards;
  private final Clock clock;

  EvaluationApi(
      Evaluations evaluations,
      vn.dangbo.evaluations.EvaluationCycles evaluationCycles,
      vn.dangbo.evaluations.EvaluationSteps evaluationSteps,
      vn.dangbo.evaluations.GradeHistory gradeHistory,
      GradeReports reports,
      Rewards rewards,
      Clock clock) {
    this.evaluations = evaluations;
    this.evaluationCycles = evaluationCycles;
    this.evaluationSteps = evaluationSteps;
    this.gradeHistory = gradeHistory;
    this.reports = reports;
    this.rewards = rewards;
    this.clock = clock;
  }

  @GetMapping("/api/v1/evaluation-cycles")
  List<EvaluationCycle> cycles(OrganizationScope scope) {
    return evaluations.cycles(scope);
  }

  @PostMapping("/api/v1/evaluation-cycles")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> open(
      @RequestBody Evaluations.CycleRequest request, OrganizationScope scope, CurrentUser user) {
    return Map.of("id", evaluationCycles.open(request, scope, user.username()));
  }

  /** A cycle with the evaluations the caller sees and the cap on "excellent". */
  record CycleView(EvaluationCycle cycle, Cap cap, List<Evaluation> evaluations) {}

  @GetMapping("/api/v1/evaluation-cycles/{id}")
  CycleView cycle(
      @PathVariable long id, @RequestParam(required = false) Long cell, OrganizationScope scope) {
    var cycle =
        evaluations
            .cycle(id, scope)
            .orElseThrow(() -> new NotFoundException("evaluation.notFound"));
    return new CycleView(
        cycle,
        scope.personalRecords() ? evaluations.cap(cycle) : null,
        evaluations.evaluations(id, cell, scope));
  }

  @PostMapping("/api/v1/evaluation-cycles/{id}/close")
  CycleView close(@PathVariable long id, OrganizationScope scope) {
    evaluationCycles.close(id, scope);
    return cycle(id, null, scope);
  }

  @GetMapping("/api/v1/evaluations/{id}")
  Evaluation evaluation(@PathVariable long id, OrganizationScope scope) {
    return evaluations
        .find(id, scope)
        .orElseThrow(() -> new NotFoundException("evaluation.notFound"));
  }

  /**
   * Records one step: {@code SELF} (the member, or the cell for them), {@code PROPOSAL} (the cell),
   * {@code DECISION} (the grassroots committee).
   */
  @PutMapping("/api/v1/evaluations/{id}")
  @OwnWrite
  Evaluation record(
      @PathVariable long id,
      @RequestBody StepRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    if (request.step() == null || request.version() == null) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    evaluationSteps.record(
        id, request.step(), request.version(), request.assessment(), scope, user.username());
    return evaluation(id, scope);
  }

  @GetMapping("/api/v1/organizations/{id}/grades")
  GradeReports.Grades grades(
      @PathVariable long id, @RequestParam int year, OrganizationScope scope) {
    return reports.grades(id, year, scope);
  }

  /** The grade distribution year over year, and the year-end list: JSON, xlsx or PDF. */
  @GetMapping("/api/v1/organizations/{id}/grade-report")
  ResponseEntity<?> report(
      @PathVariable long id,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      @RequestParam(defaultValue = "json") String format,
      OrganizationScope scope,
      Locale locale) {
    int last = to == null ? LocalDate.now(clock).getYear() : to;
    int first = from == null ? last - 4 : from;
    if (first > last || last - first > 50) {
      throw new RefusedException("evaluation.refused.period");
    }
    if (format.equals("json")) {
      return ResponseEntity.ok(reports.distribution(id, first, last, scope));
    }
    return reportFile(reports, id, first, last, format, scope, locale);
  }

  /** The grade report as a workbook or a PDF, named after the organisation and the years. */
  static ResponseEntity<byte[]> reportFile(
      GradeReports reports,
      long organization,
      int from,
      int to,
      String format,
      OrganizationScope scope,
      Locale locale) {
    String name = "xep-loai-" + organization + "-" + from + "-" + to;
    return switch (format) {
      case "xlsx" ->
          Downloads.attachment(
              reports.xlsx(organization, from, to, scope, locale), Downloads.XLSX, name + ".xlsx");
      case "pdf" ->
          Downloads.attachment(
              reports.pdf(organization, from, to, scope, locale),
              MediaType.APPLICATION_PDF,
              name + ".pdf");
      default -> throw new RefusedException("evaluation.refused.format");
    };
  }

  /** A member's or an organisation's grades over the years, and their rewards. */
  record HistoryView(List<GradeHistory.History> grades, List<Rewards.Reward> rewards) {}

  @GetMapping("/api/v1/evaluations/history")
  HistoryView history(
      @RequestParam(required = false) Long member,
      @RequestParam(required = false) Long organization,
      OrganizationScope scope) {
    if ((member == null) == (organization == null)) {
      throw new RefusedException("evaluation.refused.incomplete");
    }
    return member != null
        ? new HistoryView(
            gradeHistory.historyOfMember(member, scope), rewards.ofMember(member, scope))
        : new HistoryView(
            gradeHistory.historyOfOrganization(organization, scope),
            rewards.ofOrganization(organization, scope));
  }

  @PostMapping("/api/v1/rewards")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> reward(
      @RequestBody Rewards.RewardRequest request, OrganizationScope scope, CurrentUser user) {
    return Map.of("id", rewards.add(request, scope, user.username()));
  }

  /** One step as the API receives it; {@code shortcomingsFixed} is true unless said otherwise. */
  record StepRequest(
      Step step,
      Integer version,
      BigDecimal generalPoints,
      BigDecimal taskPoints,
      boolean allTasksOnTime,
      Integer exceedingPercent,
      Integer latePercent,
      boolean disciplined,
      Boolean shortcomingsFixed,
      Grade grade,
      String comment) {

    Assessment assessment() {
      return new Assessment(
          generalPoints,
          taskPoints,
          allTasksOnTime,
          exceedingPercent,
          latePercent,
          disciplined,
          shortcomingsFixed == null || shortcomingsFixed,
          grade,
          comment);
    }
  }
}
