package vn.dangbo.organization.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.ApprovalChain;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.ApprovalStep;
import vn.dangbo.organization.CellAssignment;
import vn.dangbo.organization.CommitteeMember;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.NameVersion;
import vn.dangbo.organization.NewOrganization;
import vn.dangbo.organization.OrganizationHistory;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Reorganizations;
import vn.dangbo.organization.ResolvedApprovalChain;
import vn.dangbo.organization.SplitPart;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;

/** The organisation tree over JSON, with the same scope as the pages. */
@RestController
@RequestMapping("/api/v1/organizations")
class OrganizationApi {

  private final Organizations organizations;
  private final OrganizationHistory history;
  private final Reorganizations reorganizations;
  private final ApprovalRouting approvalRouting;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  OrganizationApi(
      Organizations organizations,
      OrganizationHistory history,
      Reorganizations reorganizations,
      ApprovalRouting approvalRouting,
      CommitteeMembers committeeMembers,
      Clock clock) {
    this.organizations = organizations;
    this.history = history;
    this.reorganizations = reorganizations;
    this.approvalRouting = approvalRouting;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  @GetMapping
  List<OrganizationNode> tree(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    return organizations.treeOn(day(on), scope);
  }

  @GetMapping("/{id}")
  OrganizationDetail detail(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    LocalDate day = day(on);
    var node =
        (on == null ? organizations.findLatest(id, scope) : organizations.findOn(id, day, scope))
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    LocalDate shown = node.existsOn(day) ? day : node.existence().lastDay();
    return new OrganizationDetail(
        node,
        history.names(id, scope),
        organizations.predecessors(id),
        organizations.successors(id),
        organizations.childrenOn(id, shown));
  }

  @GetMapping("/{id}/approval-chain")
  ResolvedApprovalChain approvalChain(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    return approvalRouting
        .forCell(id, day(on), scope)
        .orElseThrow(() -> new NotFoundException("approvalChain.notConfigured"));
  }

  @GetMapping("/{id}/assignments")
  List<CellAssignment> assignments(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    return committeeMembers.assignmentsUnder(id, day(on), scope);
  }

  @GetMapping("/{id}/committee-members")
  List<CommitteeMember> committee(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    return committeeMembers.of(id, day(on), scope);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> found(
      @RequestBody FoundRequest request, OrganizationScope scope, CurrentUser user) {
    long id =
        reorganizations.found(
            request.organization(), request.on(), request.decision(), scope, user.username());
    return Map.of("id", id);
  }

  @PostMapping("/{id}/rename")
  void rename(
      @PathVariable long id,
      @RequestBody RenameRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    reorganizations.rename(
        id, request.name(), request.on(), request.decision(), scope, user.username());
  }

  @PostMapping("/{id}/move")
  void move(
      @PathVariable long id,
      @RequestBody MoveRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    reorganizations.move(
        id, request.parentId(), request.on(), request.decision(), scope, user.username());
  }

  @PostMapping("/{id}/dissolve")
  void dissolve(
      @PathVariable long id,
      @RequestBody DatedRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    reorganizations.dissolve(id, request.on(), request.decision(), scope, user.username());
  }

  @PostMapping("/merge")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> merge(
      @Valid @RequestBody MergeRequest request, OrganizationScope scope, CurrentUser user) {
    long id =
        reorganizations.merge(
            request.organizationIds(),
            request.successor(),
            request.on(),
            request.decision(),
            scope,
            user.username());
    return Map.of("id", id);
  }

  @PostMapping("/{id}/split")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, List<Long>> split(
      @PathVariable long id,
      @RequestBody SplitRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    var ids =
        reorganizations.split(
            id, request.parts(), request.on(), request.decision(), scope, user.username());
    return Map.of("ids", ids);
  }

  @PostMapping("/{id}/approval-chains")
  @ResponseStatus(HttpStatus.CREATED)
  ApprovalChain configureChain(
      @PathVariable long id, @RequestBody ChainRequest request, OrganizationScope scope) {
    return approvalRouting.configure(
        ApprovalChain.from(id, request.validFrom(), request.legalBasis(), request.steps()), scope);
  }

  private LocalDate day(LocalDate on) {
    return on == null ? LocalDate.now(clock) : on;
  }

  record OrganizationDetail(
      OrganizationNode organization,
      List<NameVersion> history,
      List<OrganizationNode> predecessors,
      List<OrganizationNode> successors,
      List<OrganizationNode> children) {}

  record FoundRequest(
      String name,
      vn.dangbo.organization.OrganizationKind kind,
      vn.dangbo.organization.AdministrativeLevel level,
      boolean grassroots,
      vn.dangbo.organization.CellType cellType,
      Long parentId,
      String code,
      LocalDate on,
      DecisionRef decision) {
    NewOrganization organization() {
      return new NewOrganization(name, kind, level, grassroots, cellType, parentId, code);
    }
  }

  record RenameRequest(String name, LocalDate on, DecisionRef decision) {}

  record MoveRequest(long parentId, LocalDate on, DecisionRef decision) {}

  record DatedRequest(LocalDate on, DecisionRef decision) {}

  record MergeRequest(
      @NotEmpty List<Long> organizationIds,
      @NotNull NewOrganization successor,
      LocalDate on,
      DecisionRef decision) {}

  record SplitRequest(List<SplitPart> parts, LocalDate on, DecisionRef decision) {}

  record ChainRequest(LocalDate validFrom, String legalBasis, List<ApprovalStep> steps) {}
}
