package vn.dangbo.members.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.ChangeKind;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberSheets;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.PoliticalTheory;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.CorrectionWrite;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.shared.AuditedView;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/** The member list with search, a member's record with history, and the member forms. */
@Controller
class MemberPages {

  static final String LIST = "members/list";
  static final String RESULTS = "members/list :: results";
  static final String DETAIL = "members/detail";
  static final String FORM = "members/form";
  static final String BADGES = "members/badges";

  private final Members members;
  private final MemberRegistry registry;
  private final vn.dangbo.members.Duplicates duplicates;
  private final vn.dangbo.members.MemberFactsReader memberFacts;
  private final MemberSheets sheets;
  private final MemberDetailPage detailPage;
  private final Clock clock;

  MemberPages(
      Members members,
      MemberRegistry registry,
      vn.dangbo.members.Duplicates duplicates,
      vn.dangbo.members.MemberFactsReader memberFacts,
      MemberSheets sheets,
      MemberDetailPage detailPage,
      Clock clock) {
    this.members = members;
    this.registry = registry;
    this.duplicates = duplicates;
    this.memberFacts = memberFacts;
    this.sheets = sheets;
    this.detailPage = detailPage;
    this.clock = clock;
  }

  @InitBinder
  void binder(WebDataBinder binder) {
    binder.setDisallowedFields("id");
  }

  /** The list; typing in the search box asks htmx for the results alone. */
  @GetMapping("/members")
  String list(@Valid MemberFilter filter, OrganizationScope scope, HtmxRequest htmx, Model model) {
    var query = filter.query();
    model.addAttribute("result", members.rows(query, scope));
    model.addAttribute("q", filter.q());
    model.addAttribute("cell", filter.cell());
    model.addAttribute("status", filter.oneStatus());
    model.addAttribute("cells", cells(scope));
    model.addAttribute("statuses", MemberStatus.values());
    model.addAttribute("purposes", MemberSheets.Purpose.values());
    return htmx.isHtmxRequest() ? RESULTS : LIST;
  }

  /**
   * The list as a workbook; {@code purpose} (said on the list page) is kept in it and the trail.
   */
  @GetMapping("/members/export.xlsx")
  void exportXlsx(
      @Valid MemberFilter filter,
      @RequestParam(required = false) MemberSheets.Purpose purpose,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"dang-vien.xlsx\"");
    sheets.writeXlsx(
        members.all(filter.all(), user.scope()),
        purpose,
        user.displayName(),
        response.getOutputStream());
  }

  @GetMapping("/members/export.pdf")
  void exportPdf(@Valid MemberFilter filter, OrganizationScope scope, HttpServletResponse response)
      throws IOException {
    byte[] pdf = sheets.pdf(members.all(filter.all(), scope), java.time.LocalDate.now(clock));
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"dang-vien.pdf\"");
    response.getOutputStream().write(pdf);
  }

  @GetMapping("/members/export.csv")
  void exportCsv(@Valid MemberFilter filter, OrganizationScope scope, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"dang-vien.csv\"");
    sheets.writeCsv(members.all(filter.all(), scope), response.getWriter());
  }

  @GetMapping("/members/badges")
  String badges(
      @RequestParam(required = false) Integer year, OrganizationScope scope, Model model) {
    int chosen = year == null ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("year", String.valueOf(chosen)); // not "2.026" in Vietnamese number format
    model.addAttribute("due", memberFacts.badgesDueIn(chosen, scope));
    return BADGES;
  }

  /** A member's own record, for the member signed in with the account linked to it. */
  @GetMapping("/members/me")
  String own(OrganizationScope scope) {
    if (scope.ownRecord() == null) {
      throw new NotFoundException("member.notFound");
    }
    return "redirect:/members/" + scope.ownRecord();
  }

  /** Everything dangbo holds in the member's record, for the member: a file to keep. */
  record OwnData(
      MemberDetail member,
      List<vn.dangbo.members.StatusChange> history,
      java.time.OffsetDateTime exportedAt) {}

  /** The signed-in member's own data as a JSON file ("Tải dữ liệu của tôi"), page or API. */
  @GetMapping({"/members/me/data.json", "/api/v1/members/me/data"})
  @org.springframework.web.bind.annotation.ResponseBody
  org.springframework.http.ResponseEntity<OwnData> ownData(
      OrganizationScope scope, jakarta.servlet.http.HttpServletRequest request) {
    if (scope.ownRecord() == null) {
      throw new NotFoundException("member.notFound");
    }
    long id = scope.ownRecord();
    var member = find(id, scope);
    vn.dangbo.shared.AuditedSubject.of(request, "member", id);
    return org.springframework.http.ResponseEntity.ok()
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"du-lieu-cua-toi.json\"")
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(
            new OwnData(
                new MemberDetail(member, memberFacts.facts(member, LocalDate.now(clock))),
                members.history(id),
                java.time.OffsetDateTime.now(clock)));
  }

  @AuditedView("member")
  /**
   * The record; {@code propose} and {@code reason} fill the status form in advance (a removal the
   * dues ledger suggests, say): the user still reads it, adds the decision and sends it.
   */
  @GetMapping("/members/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) MemberStatus propose,
      @RequestParam(required = false) String reason,
      @RequestParam(defaultValue = "false") boolean reveal,
      CurrentUser user,
      Model model) {
    var member = find(id, user.scope());
    // the view with ?reveal=true is its own line in the audit trail
    model.addAttribute(MemberDetailPage.REVEAL, reveal);
    if (propose != null && member.status().next().contains(propose)) {
      model.addAttribute(
          "statusForm",
          new StatusForm(null, propose, LocalDate.now(clock), null, null, null, null, reason));
    }
    return detailPage.show(member, user, model);
  }

  @GetMapping("/members/new")
  String newForm(
      @RequestParam(required = false) Long cell,
      @RequestParam(defaultValue = "false") boolean transferredIn,
      OrganizationScope scope,
      Model model) {
    model.addAttribute("form", MemberForm.blank(cell, LocalDate.now(clock)));
    model.addAttribute("transferredIn", transferredIn);
    return formView(null, scope, model);
  }

  @PostMapping("/members/new")
  String open(
      @ModelAttribute("form") MemberForm form,
      BindingResult result,
      @RequestParam(defaultValue = "false") boolean transferredIn,
      OrganizationScope scope,
      CurrentUser user,
      Model model)
      throws BindException {
    Forms.requireBound(result);
    return Forms.submit(
        result,
        () -> {
          long id =
              registry.open(
                  form.record(),
                  form.status(),
                  form.since(),
                  DecisionRef.NONE,
                  transferredIn ? ChangeKind.TRANSFER_IN : ChangeKind.STATUS,
                  Boolean.TRUE.equals(form.confirmedNotDuplicate()),
                  scope,
                  user.username());
          return "redirect:/members/" + id;
        },
        () -> {
          model.addAttribute("duplicates", duplicatesOf(form));
          model.addAttribute("transferredIn", transferredIn);
          return formView(null, scope, model);
        });
  }

  @GetMapping("/members/{id}/edit")
  String editForm(@PathVariable long id, OrganizationScope scope, Model model) {
    var member = find(id, scope);
    model.addAttribute("form", MemberForm.of(member));
    return formView(member, scope, model);
  }

  @PostMapping("/members/{id}/edit")
  @CorrectionWrite
  String correct(
      @PathVariable long id,
      @ModelAttribute("form") MemberForm form,
      BindingResult result,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws BindException {
    Forms.requireBound(result);
    var member = find(id, scope);
    return Forms.submit(
        result,
        () -> {
          registry.correct(
              id,
              form.version() == null ? -1 : form.version(),
              form.record(),
              Boolean.TRUE.equals(form.confirmedNotDuplicate()),
              form.reason(),
              scope,
              user.username());
          redirect.addFlashAttribute("flash", "members.saved");
          return "redirect:/members/" + id;
        },
        () -> {
          model.addAttribute("duplicates", duplicatesOf(form));
          return formView(member, scope, model);
        });
  }

  private List<vn.dangbo.members.PossibleDuplicate> duplicatesOf(MemberForm form) {
    return duplicates.possibleDuplicatesWhileTyping(form::record);
  }

  Member find(long id, OrganizationScope scope) {
    return members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
  }

  private String formView(Member member, OrganizationScope scope, Model model) {
    model.addAttribute("member", member);
    model.addAttribute(
        "reasonRequired", member != null && !scope.canManage(member.record().cellId()));
    model.addAttribute(
        "cells", cells(scope).stream().filter(c -> scope.canManage(c.id())).toList());
    model.addAttribute("ethnicities", members.ethnicities());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("theories", PoliticalTheory.values());
    model.addAttribute("initialStatuses", MemberStatus.initial());
    return FORM;
  }

  private List<OrganizationNode> cells(OrganizationScope scope) {
    return detailPage.cells(scope);
  }
}
