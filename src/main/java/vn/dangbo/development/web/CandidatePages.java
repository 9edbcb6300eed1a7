package vn.dangbo.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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
import vn.dangbo.development.AdmissionPipeline;
import vn.dangbo.development.Candidate;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.Criterion;
import vn.dangbo.development.DueDates;
import vn.dangbo.development.FormerMembership;
import vn.dangbo.development.Observations;
import vn.dangbo.development.OpenMeetings;
import vn.dangbo.development.Stage;
import vn.dangbo.development.StepKind;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberName;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.organization.PlaceView;
import vn.dangbo.organization.Places;
import vn.dangbo.shared.AuditedView;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/**
 * The candidate board by stage, a candidate's timeline with the checks and the next step, the form
 * for a new person, the funnel and the quotas.
 */
@Controller
class CandidatePages {

  private final Candidates candidates;
  private final AdmissionPipeline development;
  private final vn.dangbo.development.CandidateIntake intake;
  private final DueDates dueDates;
  private final Observations observations;
  private final OpenMeetings openMeetings;
  private final Members members;
  private final MemberStatistics statistics;
  private final Organizations organizations;
  private final Places places;
  private final Clock clock;

  CandidatePages(
      Candidates candidates,
      AdmissionPipeline development,
      vn.dangbo.development.CandidateIntake intake,
      DueDates dueDates,
      Observations observations,
      OpenMeetings openMeetings,
      Members members,
      MemberStatistics statistics,
      Organizations organizations,
      Places places,
      Clock clock) {
    this.candidates = candidates;
    this.development = development;
    this.intake = intake;
    this.dueDates = dueDates;
    this.observations = observations;
    this.openMeetings = openMeetings;
    this.members = members;
    this.statistics = statistics;
    this.organizations = organizations;
    this.places = places;
    this.clock = clock;
  }

  /** The board: everyone still in development, by stage, in the cells in scope (or one cell). */
  @GetMapping("/candidates")
  String board(@RequestParam(required = false) Long cell, OrganizationScope scope, Model model) {
    var byStage = new LinkedHashMap<Stage, List<Candidate>>();
    for (var stage : Stage.values()) {
      if (!stage.finished()) {
        byStage.put(stage, new ArrayList<>());
      }
    }
    LocalDate today = LocalDate.now(clock);
    var shown = candidates.of(cell, false, scope);
    shown.forEach(candidate -> byStage.get(candidate.stage()).add(candidate));
    var due = dueDates.soonest(shown, today);
    model.addAttribute("byStage", byStage);
    model.addAttribute("due", due);
    model.addAttribute("cell", cell);
    model.addAttribute("cells", cells(scope));
    model.addAttribute("canManage", scope.canManageAnything());
    model.addAttribute("today", today);
    if (cell != null || !scope.anchors().isEmpty()) {
      model.addAttribute("exportOrganization", cell != null ? cell : firstAnchor(scope));
    }
    return "development/board";
  }

  @GetMapping("/candidates/new")
  String newForm(@RequestParam(required = false) Long cell, OrganizationScope scope, Model model) {
    model.addAttribute(
        "form",
        new PersonForm(
            null,
            Sex.MALE,
            null,
            8,
            null,
            null,
            false,
            null,
            null,
            null,
            cell,
            null,
            false,
            false,
            false,
            false,
            false,
            Stage.SOURCE,
            LocalDate.now(clock),
            null,
            null,
            null,
            null));
    return formView(scope, model);
  }

  @PostMapping("/candidates/new")
  String open(
      @ModelAttribute("form") PersonForm form,
      BindingResult result,
      OrganizationScope scope,
      CurrentUser user,
      Model model)
      throws BindException {
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          long id = intake.open(form.person(), scope, user.username());
          return "redirect:/candidates/" + id;
        },
        () -> formView(scope, model));
  }

  /** The timeline with what is next; {@code step} opens the form of one next step. */
  @AuditedView("candidate")
  @GetMapping("/candidates/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) StepKind step,
      OrganizationScope scope,
      Model model) {
    var candidate = find(id, scope);
    var form = StepForm.blank(step, LocalDate.now(clock));
    return detailView(candidate, form, scope, model);
  }

  @PostMapping("/candidates/{id}/steps")
  String record(
      @PathVariable long id,
      @ModelAttribute("stepForm") StepForm form,
      BindingResult result,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          development.record(
              id,
              form.version() == null ? -1 : form.version(),
              form.request(),
              scope,
              user.username());
          redirect.addFlashAttribute("flash", "development.stepRecorded");
          return "redirect:/candidates/" + id;
        },
        () -> detailView(find(id, scope), form, scope, model));
  }

  /** A mentor's observation of the candidate on one of the article's criteria. */
  @PostMapping("/candidates/{id}/observations")
  @OwnWrite
  String observe(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) Criterion criterion,
      @RequestParam(required = false) String assessment,
      @RequestParam(required = false) String note,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "observationRefusal",
        () -> {
          observations.record(id, false, on, criterion, assessment, note, scope, user.username());
          redirect.addFlashAttribute("flash", "observation.recorded");
          return "redirect:/candidates/" + id;
        },
        () ->
            detailView(find(id, scope), StepForm.blank(null, LocalDate.now(clock)), scope, model));
  }

  /** Records or corrects the candidate's earlier membership, for re-admission. */
  @PostMapping("/candidates/{id}/former-membership")
  String formerMembership(
      @PathVariable long id,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) LocalDate leftOn,
      @RequestParam(required = false) FormerMembership.ExitReason reason,
      @RequestParam(required = false) LocalDate recordClearedOn,
      @RequestParam(defaultValue = "0") int timesReadmitted,
      @RequestParam(required = false) String provincialConsent,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "formerRefusal",
        () -> {
          development.recordFormerMembership(
              id,
              version == null ? -1 : version,
              new FormerMembership(
                  leftOn, reason, recordClearedOn, timesReadmitted, provincialConsent),
              scope,
              user.username());
          redirect.addFlashAttribute("flash", "development.former.saved");
          return "redirect:/candidates/" + id;
        },
        () ->
            detailView(find(id, scope), StepForm.blank(null, LocalDate.now(clock)), scope, model));
  }

  static long firstAnchor(OrganizationScope scope) {
    return scope.anchors().stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("organization.notFound"));
  }

  private String detailView(
      Candidate candidate, StepForm form, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    boolean canManage = scope.canManage(candidate.person().cellId());
    model.addAttribute("candidate", candidate);
    model.addAttribute("due", dueDates.of(candidate, today));
    model.addAttribute(
        "homePlace",
        candidate.person().homePlaceId() == null
            ? null
            : places.find(candidate.person().homePlaceId(), today, scope).orElse(null));
    model.addAttribute("canManage", canManage);
    model.addAttribute("exitReasons", FormerMembership.ExitReason.values());
    model.addAttribute(
        "nextSteps",
        canManage
            ? Arrays.stream(StepKind.values())
                .filter(k -> k != StepKind.OPENED && k.allowedFrom(candidate.stage()))
                .toList()
            : List.of());
    model.addAttribute(
        "checks",
        candidate.stage().ordinal() >= Stage.COURSE_PASSED.ordinal()
                && !candidate.stage().finished()
            ? development.eligibility(candidate.id(), today, scope)
            : List.of());
    if (!model.containsAttribute("stepForm")) {
      // a form being re-shown with its errors stays as bound (replacing it drops the errors)
      model.addAttribute("stepForm", form.withVersion(candidate.version()));
    }
    // what only the form of a next step shows is read when that form is open
    boolean stepOpen = canManage && form.kind() != null;
    long cellId = candidate.person().cellId();
    model.addAttribute("officials", stepOpen ? officialsOf(cellId, scope) : List.of());
    model.addAttribute(
        "openMeetings",
        stepOpen ? openMeetings.of(cellId, today.minusDays(60), today, scope) : List.of());
    model.addAttribute("voters", stepOpen ? statistics.officialMembersOn(cellId, today) : 0);
    model.addAttribute("memberNames", memberNames(candidate, scope));
    model.addAttribute("observations", observations.of(candidate));
    model.addAttribute("criteria", Criterion.values());
    model.addAttribute("canObserve", canManage || candidate.mentoredBy(scope.ownRecord()));
    model.addAttribute("today", today);
    return "development/detail";
  }

  /** The cell's official members, who may mentor and introduce. */
  private List<MemberName> officialsOf(long cellId, OrganizationScope scope) {
    return members.names(cellId, Set.of(MemberStatus.OFFICIAL), 200, scope);
  }

  /** Names of the mentors and introducers in the timeline. */
  private java.util.Map<Long, String> memberNames(Candidate candidate, OrganizationScope scope) {
    var ids = new java.util.LinkedHashSet<Long>();
    for (var step : candidate.steps()) {
      if (step.mentorId() != null) {
        ids.add(step.mentorId());
      }
      step.introducers().forEach(i -> ids.add(i.memberId()));
    }
    return members.names(ids, scope);
  }

  private String formView(OrganizationScope scope, Model model) {
    model.addAttribute(
        "cells", cells(scope).stream().filter(c -> scope.canManage(c.id())).toList());
    model.addAttribute("ethnicities", members.ethnicities());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("places", placesOf(scope));
    return "development/form";
  }

  /** The villages, schools and stations of the user's units, for a candidate's home place. */
  private List<PlaceView> placesOf(OrganizationScope scope) {
    LocalDate today = LocalDate.now(clock);
    var result = new java.util.LinkedHashMap<Long, PlaceView>();
    for (long anchor : scope.anchors()) {
      if (organizations.findOn(anchor, today, scope).isPresent()) {
        places.of(anchor, today, scope).forEach(p -> result.putIfAbsent(p.id(), p));
      }
    }
    return List.copyOf(result.values());
  }

  private List<OrganizationNode> cells(OrganizationScope scope) {
    return organizations.treeOn(LocalDate.now(clock), scope).stream()
        .filter(OrganizationNode::isCell)
        .toList();
  }

  private Candidate find(long id, OrganizationScope scope) {
    return candidates
        .find(id, scope)
        .orElseThrow(() -> new NotFoundException("candidate.notFound"));
  }
}
