package vn.dangbo.members.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.ChangeKind;
import vn.dangbo.members.ImportOptions;
import vn.dangbo.members.ImportReport;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberSheets;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Recognition;
import vn.dangbo.members.RecognitionStep;
import vn.dangbo.members.StatusChange;
import vn.dangbo.members.TransferAwaited;
import vn.dangbo.organization.CorrectionWrite;
import vn.dangbo.shared.AuditedView;
import vn.dangbo.shared.NotFoundException;

/** The member registry over JSON, scoped like the pages. */
@RestController
@RequestMapping("/api/v1/members")
class MemberApi {

  private final Members members;
  private final MemberRegistry registry;
  private final vn.dangbo.members.Merges merges;
  private final vn.dangbo.members.MemberFactsReader memberFacts;
  private final vn.dangbo.members.StatusDecisions statusDecisions;
  private final vn.dangbo.members.Transfers transfers;
  private final MemberSheets sheets;
  private final vn.dangbo.members.MemberImport memberImport;
  private final ImportJobs importJobs;
  private final MessageSource messages;
  private final Recognition recognition;
  private final Clock clock;

  MemberApi(
      Members members,
      MemberRegistry registry,
      vn.dangbo.members.Merges merges,
      vn.dangbo.members.MemberFactsReader memberFacts,
      vn.dangbo.members.StatusDecisions statusDecisions,
      vn.dangbo.members.Transfers transfers,
      MemberSheets sheets,
      vn.dangbo.members.MemberImport memberImport,
      ImportJobs importJobs,
      MessageSource messages,
      Recognition recognition,
      Clock clock) {
    this.members = members;
    this.registry = registry;
    this.merges = merges;
    this.memberFacts = memberFacts;
    this.statusDecisions = statusDecisions;
    this.transfers = transfers;
    this.sheets = sheets;
    this.memberImport = memberImport;
    this.importJobs = importJobs;
    this.messages = messages;
    this.recognition = recognition;
    this.clock = clock;
  }

  /** A member as a list shows them: the record with the citizen IDs and the phone masked. */
  record ListedMember(
      long id,
      Map<String, Object> record,
      String ethnicity,
      String cellName,
      vn.dangbo.members.MemberStatus status,
      LocalDate statusSince,
      LocalDate officialDate,
      int version) {

    /** Writes the record as stored values only: no input guard on the way out. */
    private static final tools.jackson.databind.json.JsonMapper PLAIN =
        tools.jackson.databind.json.JsonMapper.builder().build();

    static ListedMember of(vn.dangbo.members.Member m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> record = PLAIN.convertValue(m.record(), Map.class);
      record.put("citizenId", vn.dangbo.shared.Masking.citizenId(m.record().citizenId()));
      record.put("oldIdNumber", vn.dangbo.shared.Masking.citizenId(m.record().oldIdNumber()));
      record.put("phone", vn.dangbo.shared.Masking.phone(m.record().phone()));
      return new ListedMember(
          m.id(),
          record,
          m.ethnicity(),
          m.cellName(),
          m.status(),
          m.statusSince(),
          m.officialDate(),
          m.version());
    }
  }

  /** A page of the list, each member masked ({@link ListedMember}). */
  record ListedPage(List<ListedMember> members, long total, int page, int size, int pages) {}

  @GetMapping
  ListedPage list(@Valid MemberFilter filter, OrganizationScope scope) {
    statuses(filter.status());
    // a list tells people apart; the whole numbers are on each member's record
    var page = members.list(filter.query(), scope);
    return new ListedPage(
        page.members().stream().map(ListedMember::of).toList(),
        page.total(),
        page.page(),
        page.size(),
        page.pages());
  }

  /** The filtered list (all pages) as an .xlsx workbook with Vietnamese headings. */
  @GetMapping("/export.xlsx")
  void export(@Valid MemberFilter filter, OrganizationScope scope, HttpServletResponse response)
      throws IOException {
    statuses(filter.status());
    var query = filter.all();
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"dang-vien.xlsx\"");
    sheets.writeXlsx(members.all(query, scope), response.getOutputStream());
  }

  /** Members reaching a badge milestone in the year, by due date. */
  @GetMapping("/badges")
  List<vn.dangbo.members.BadgeDue> badges(@RequestParam int year, OrganizationScope scope) {
    return memberFacts.badgesDueIn(year, scope);
  }

  @AuditedView("member")
  @GetMapping("/{id}")
  MemberDetail detail(@PathVariable long id, OrganizationScope scope) {
    var member = find(id, scope);
    return new MemberDetail(member, memberFacts.facts(member, LocalDate.now(clock)));
  }

  @AuditedView("member")
  @GetMapping("/{id}/history")
  List<StatusChange> history(@PathVariable long id, OrganizationScope scope) {
    find(id, scope);
    return members.history(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> open(
      @Valid @RequestBody OpenRequest request, OrganizationScope scope, CurrentUser user) {
    long id =
        registry.open(
            request.record(),
            request.status(),
            request.since(),
            request.decision(),
            request.transferredIn() ? ChangeKind.TRANSFER_IN : ChangeKind.STATUS,
            request.confirmedNotDuplicate(),
            scope,
            user.username());
    return Map.of("id", id);
  }

  /** The probationary member's recognition file so far. */
  @GetMapping("/{id}/recognition")
  List<RecognitionStep> recognitionFile(@PathVariable long id, OrganizationScope scope) {
    return recognition.file(id, scope);
  }

  /**
   * Adds a part to the recognition file: {@code {kind, on, decision, votesFor, certificate, note}};
   * the decision makes the member official from the end of probation.
   */
  @PostMapping("/{id}/recognition")
  List<RecognitionStep> recognise(
      @PathVariable long id,
      @RequestBody RecognitionRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    recognition.record(
        id,
        request.kind(),
        request.on(),
        request.decision(),
        request.votesFor(),
        request.certificate(),
        request.note(),
        scope,
        user.username());
    return recognition.file(id, scope);
  }

  /** The signed-in member's own record. */
  @GetMapping("/me")
  MemberDetail own(OrganizationScope scope) {
    if (scope.ownRecord() == null) {
      throw new NotFoundException("member.notFound");
    }
    return detail(scope.ownRecord(), scope);
  }

  /** Moves the member to another cell the user manages (chuyển sinh hoạt nội bộ). */
  @PostMapping("/{id}/moves")
  MemberDetail move(
      @PathVariable long id,
      @RequestBody MoveRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    transfers.move(
        id,
        request.version(),
        request.cellId(),
        request.on(),
        request.decision(),
        request.reason(),
        scope,
        user.username());
    return detail(id, scope);
  }

  /** The member awaiting transfer under this citizen ID, as the receiving cell may see them. */
  @GetMapping("/transfers-in")
  TransferAwaited awaitingTransfer(@RequestParam String citizenId, OrganizationScope scope) {
    return members
        .awaitingTransfer(citizenId, scope)
        .orElseThrow(() -> new NotFoundException("member.refused.noTransferAwaited"));
  }

  /** Receives the member transferred out under this citizen ID into a cell the user manages. */
  @PostMapping("/transfers-in")
  MemberDetail receive(
      @RequestBody ReceiveRequest request, OrganizationScope scope, CurrentUser user) {
    long id =
        transfers.receive(
            request.citizenId(),
            request.cellId(),
            request.on(),
            request.decision(),
            request.reason(),
            scope,
            user.username());
    return detail(id, scope);
  }

  /** Replaces the record; {@code version} must be the one read, else 409. */
  @PatchMapping("/{id}")
  @CorrectionWrite
  MemberDetail correct(
      @PathVariable long id,
      @Valid @RequestBody CorrectRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    registry.correct(
        id,
        request.version(),
        request.record(),
        request.confirmedNotDuplicate(),
        request.reason(),
        scope,
        user.username());
    return detail(id, scope);
  }

  /** Merges the record {@code duplicateId} into this one; both histories are kept. */
  @PostMapping("/{id}/merge")
  MemberDetail merge(
      @PathVariable long id,
      @RequestBody Map<String, Long> body,
      OrganizationScope scope,
      CurrentUser user) {
    Long duplicate = body.get("duplicateId");
    if (duplicate == null) {
      throw new vn.dangbo.shared.RefusedException("member.refused.mergeSelf");
    }
    merges.merge(id, duplicate, scope, user.username());
    return detail(id, scope);
  }

  @PostMapping("/{id}/status-changes")
  MemberDetail changeStatus(
      @PathVariable long id,
      @RequestBody StatusRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    statusDecisions.changeStatus(
        id,
        request.version(),
        request.status(),
        request.on(),
        request.until(),
        request.decision(),
        request.reason(),
        scope,
        user.username());
    return detail(id, scope);
  }

  /**
   * The same over JSON: {@code dryRun=true} answers the row problems and notes without writing;
   * {@code validRowsOnly=true} writes the rows without a problem (not all or nothing) and answers
   * where to download the refused rows with their reasons ({@code refusedRowsFile}, kept an hour).
   */
  @PostMapping(
      path = "/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ApiReport api(
      @RequestParam("file") MultipartFile file,
      @RequestParam(defaultValue = "true") boolean dryRun,
      @RequestParam(defaultValue = "false") boolean validRowsOnly,
      OrganizationScope scope,
      CurrentUser user,
      Locale locale)
      throws IOException {
    if (!scope.canManageAnything()) {
      throw new vn.dangbo.shared.ForbiddenException("organization.forbidden");
    }
    if (file.isEmpty()) {
      throw new vn.dangbo.shared.RefusedException("import.refused.empty");
    }
    ImportReport report;
    try (var in = file.getInputStream()) {
      report =
          memberImport.run(
              in, new ImportOptions(dryRun, validRowsOnly, locale), scope, user.username());
    }
    String refusedRowsFile =
        report.refused() == null
            ? null
            : "/api/v1/members/import/"
                + importJobs.keep(report, user.username()).id()
                + "/refused-rows.xlsx";
    return new ApiReport(
        report.rows(),
        report.written(),
        report.dryRun(),
        validRowsOnly,
        report.sheet(),
        report.headingRow(),
        report.unknownColumns(),
        report.problems().stream()
            .map(p -> apiProblem(p.row(), p.column(), p.code(), p.arguments(), locale))
            .toList(),
        report.notes().stream()
            .map(n -> apiProblem(n.row(), n.column(), n.code(), n.arguments(), locale))
            .toList(),
        report.refused() == null ? 0 : report.refused().rows(),
        refusedRowsFile);
  }

  /** The refused rows of an import by the same user, with their reasons. */
  @GetMapping("/import/{id}/refused-rows.xlsx")
  ResponseEntity<byte[]> refusedRows(
      @PathVariable String id, OrganizationScope scope, CurrentUser user) {
    if (!scope.canManageAnything()) {
      throw new vn.dangbo.shared.ForbiddenException("organization.forbidden");
    }
    return importJobs.refusedRows(id, user.username());
  }

  private ApiProblem apiProblem(
      int row, String column, String code, Object[] arguments, Locale locale) {
    return new ApiProblem(row, column, code, messages.getMessage(code, arguments, code, locale));
  }

  private Member find(long id, OrganizationScope scope) {
    return members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
  }

  /** The statuses asked for; a blank one ({@code ?status=%20}) is a bad request, not "any". */
  private static void statuses(Set<MemberStatus> asked) {
    if (asked != null && asked.contains(null)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status");
    }
  }
}
