package vn.dangbo.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.development.AdmissionPipeline;
import vn.dangbo.development.Candidate;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.Check;
import vn.dangbo.development.Criterion;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.development.FormerMembership;
import vn.dangbo.development.Funnel;
import vn.dangbo.development.NewCandidate;
import vn.dangbo.development.Observation;
import vn.dangbo.development.Observations;
import vn.dangbo.development.QuotaProgress;
import vn.dangbo.development.StepRequest;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.shared.AuditedView;
import vn.dangbo.shared.NotFoundException;

/** Candidates, their steps and eligibility, the funnel and the quotas over JSON. */
@RestController
class CandidateApi {

  private final Candidates candidates;
  private final AdmissionPipeline development;
  private final vn.dangbo.development.CandidateIntake intake;
  private final DevelopmentFigures figures;
  private final Observations observations;
  private final Clock clock;

  CandidateApi(
      Candidates candidates,
      AdmissionPipeline development,
      vn.dangbo.development.CandidateIntake intake,
      DevelopmentFigures figures,
      Observations observations,
      Clock clock) {
    this.candidates = candidates;
    this.development = development;
    this.intake = intake;
    this.figures = figures;
    this.observations = observations;
    this.clock = clock;
  }

  /** The candidates in scope (or of one cell); with {@code finished}, also admitted and left. */
  @GetMapping("/api/v1/candidates")
  List<Candidate> list(
      @RequestParam(required = false) Long cell,
      @RequestParam(defaultValue = "false") boolean finished,
      OrganizationScope scope) {
    return candidates.of(cell, finished, scope);
  }

  @PostMapping("/api/v1/candidates")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> open(
      @RequestBody NewCandidate request, OrganizationScope scope, CurrentUser user) {
    return Map.of("id", intake.open(request, scope, user.username()));
  }

  @AuditedView("candidate")
  @GetMapping("/api/v1/candidates/{id}")
  Candidate detail(@PathVariable long id, OrganizationScope scope) {
    return candidates
        .find(id, scope)
        .orElseThrow(() -> new NotFoundException("candidate.notFound"));
  }

  /** Records one step; {@code version} must be the one read, else 409. */
  @PostMapping("/api/v1/candidates/{id}/steps")
  Candidate step(
      @PathVariable long id,
      @RequestParam int version,
      @RequestBody StepRequest step,
      OrganizationScope scope,
      CurrentUser user) {
    return development.record(id, version, step, scope, user.username());
  }

  /**
   * Records that the candidate was a member before, for re-admission: {@code {leftOn, reason,
   * recordClearedOn, timesReadmitted, provincialConsent}}; with {@code version}, refused (409) when
   * the candidate changed since that version was read.
   */
  @PostMapping("/api/v1/candidates/{id}/former-membership")
  Candidate formerMembership(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestBody FormerMembership former,
      OrganizationScope scope,
      CurrentUser user) {
    int read =
        version != null
            ? version
            : candidates
                .find(id, scope)
                .orElseThrow(() -> new NotFoundException("candidate.notFound"))
                .version();
    return development.recordFormerMembership(id, read, former, scope, user.username());
  }

  /** Every eligibility check as of a day (today by default). */
  @GetMapping("/api/v1/candidates/{id}/eligibility")
  List<Check> eligibility(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      OrganizationScope scope) {
    return development.eligibility(id, on == null ? LocalDate.now(clock) : on, scope);
  }

  @GetMapping("/api/v1/candidates/{id}/observations")
  List<Observation> observations(@PathVariable long id, OrganizationScope scope) {
    return observations.of(id, false, scope);
  }

  /** Records a mentor's observation: {@code {on, criterion, assessment, note}}. */
  @PostMapping("/api/v1/candidates/{id}/observations")
  @OwnWrite
  List<Observation> observe(
      @PathVariable long id,
      @RequestBody ObservationRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    observations.record(
        id,
        false,
        request.on(),
        request.criterion(),
        request.assessment(),
        request.note(),
        scope,
        user.username());
    return observations.of(id, false, scope);
  }

  /** A mentor's observations of a probationary member. */
  @GetMapping("/api/v1/members/{id}/observations")
  List<Observation> memberObservations(@PathVariable long id, OrganizationScope scope) {
    return observations.of(id, true, scope);
  }

  @PostMapping("/api/v1/members/{id}/observations")
  @OwnWrite
  List<Observation> observeMember(
      @PathVariable long id,
      @RequestBody ObservationRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    observations.record(
        id,
        true,
        request.on(),
        request.criterion(),
        request.assessment(),
        request.note(),
        scope,
        user.username());
    return observations.of(id, true, scope);
  }

  record ObservationRequest(LocalDate on, Criterion criterion, String assessment, String note) {}

  @GetMapping("/api/v1/organizations/{id}/funnel")
  Funnel funnel(
      @PathVariable long id,
      @RequestParam LocalDate from,
      @RequestParam LocalDate to,
      OrganizationScope scope) {
    return figures.funnel(id, from, to, scope);
  }

  @GetMapping("/api/v1/quotas")
  List<QuotaProgress> quotas(
      @RequestParam long organization, @RequestParam int year, OrganizationScope scope) {
    return figures.quotas(organization, year, scope);
  }

  /** Sets a cell's quota for a year: {@code {"target": 2}}. */
  @PutMapping("/api/v1/quotas/{cellId}/{year}")
  List<QuotaProgress> setQuota(
      @PathVariable long cellId,
      @PathVariable int year,
      @RequestBody Map<String, Integer> body,
      OrganizationScope scope,
      CurrentUser user) {
    Integer target = body.get("target");
    if (target == null) {
      throw new vn.dangbo.shared.RefusedException("development.refused.quota");
    }
    figures.setQuota(cellId, year, target, scope, user.username());
    return figures.quotas(cellId, year, scope);
  }
}
