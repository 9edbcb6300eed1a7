package vn.dangbo.records.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.documents.Downloads;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.Members;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.records.CorrectableField;
import vn.dangbo.records.DataRequest;
import vn.dangbo.records.DataRequests;
import vn.dangbo.records.NationalField;
import vn.dangbo.records.RecordCorrections;
import vn.dangbo.records.RecordQuality;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;

/**
 * Records kept right: the member's own record with the form to propose corrections and their
 * proposals; a cell's proposals with accept and reject; the data-quality list of a cell or a
 * commune; the export of the complete records' national fields.
 */
@Controller
class RecordPages {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final RecordCorrections corrections;
  private final DataRequests dataRequests;
  private final RecordQuality quality;
  private final Members members;
  private final Organizations organizations;
  private final MessageSource messages;
  private final Clock clock;

  RecordPages(
      RecordCorrections corrections,
      DataRequests dataRequests,
      RecordQuality quality,
      Members members,
      Organizations organizations,
      MessageSource messages,
      Clock clock) {
    this.corrections = corrections;
    this.dataRequests = dataRequests;
    this.quality = quality;
    this.members = members;
    this.organizations = organizations;
    this.messages = messages;
    this.clock = clock;
  }

  /** The member's own record as the proposal form shows it, and their proposals. */
  @GetMapping("/records/mine")
  String mine(OrganizationScope scope, Model model) {
    if (scope.ownRecord() == null) {
      throw new NotFoundException("member.notFound");
    }
    long id = scope.ownRecord();
    var member =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    var current = new EnumMap<CorrectableField, String>(CorrectableField.class);
    for (var field : CorrectableField.values()) {
      current.put(field, field.of(member.record()));
    }
    model.addAttribute("member", member);
    model.addAttribute("current", current);
    model.addAttribute("proposals", corrections.mine(id, scope));
    model.addAttribute("dataRequests", dataRequests.mine(scope));
    model.addAttribute("requestKinds", DataRequest.Kind.values());
    return "records/mine";
  }

  @OwnWrite
  @PostMapping("/records/mine")
  String propose(
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachment", required = false) MultipartFile attachment,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    var scope = user.scope();
    if (scope.ownRecord() == null) {
      throw new NotFoundException("member.notFound");
    }
    var changes = new EnumMap<CorrectableField, String>(CorrectableField.class);
    for (var field : CorrectableField.values()) {
      if (form.containsKey(field.name())) {
        changes.put(field, form.get(field.name()));
      }
    }
    var upload =
        attachment == null || attachment.isEmpty()
            ? null
            : new RecordCorrections.Upload(
                attachment.getOriginalFilename(),
                attachment.getContentType(),
                attachment.getBytes());
    return Forms.submit(
        model,
        "refusal",
        () -> {
          corrections.propose(
              scope.ownRecord(), changes, form.get("note"), upload, scope, user.username());
          redirect.addFlashAttribute("flash", "correction.proposed");
          return "redirect:/records/mine";
        },
        () -> mine(scope, model));
  }

  /** A cell's proposals (the user's first cell by default). */
  @GetMapping("/records/proposals")
  String proposals(@RequestParam(required = false) Long cell, CurrentUser user, Model model) {
    var scope = user.scope();
    var cells = organizations.cellsOn(LocalDate.now(clock), scope);
    Long chosen = cell != null ? cell : cells.isEmpty() ? null : cells.get(0).id();
    if (chosen == null) {
      throw new NotFoundException("organization.notFound");
    }
    model.addAttribute("lines", corrections.ofCell(chosen, scope));
    model.addAttribute("cells", cells);
    model.addAttribute("cell", chosen);
    model.addAttribute("canDecide", scope.canManage(chosen));
    model.addAttribute("dataRequests", dataRequests.ofCell(chosen, scope));
    model.addAttribute("canAnswer", DataRequests.answers(chosen, user));
    return "records/proposals";
  }

  /** The member asks to delete or restrict their data. */
  @OwnWrite
  @PostMapping("/records/mine/data-requests")
  String ask(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "requestRefusal",
        () -> {
          dataRequests.ask(kindOf(kind), reason, user);
          redirect.addFlashAttribute("flash", "dataRequest.asked");
          return "redirect:/records/mine";
        },
        () -> mine(user.scope(), model));
  }

  @PostMapping("/records/data-requests/{id}/grant")
  String grant(
      @PathVariable long id,
      @RequestParam(required = false) Long cell,
      @RequestParam(required = false) String answer,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          dataRequests.grant(id, answer, user);
          redirect.addFlashAttribute("flash", "dataRequest.answered");
          return "redirect:/records/proposals" + (cell == null ? "" : "?cell=" + cell);
        },
        () -> proposals(cell, user, model));
  }

  @PostMapping("/records/data-requests/{id}/refuse")
  String refuse(
      @PathVariable long id,
      @RequestParam(required = false) Long cell,
      @RequestParam(required = false) String answer,
      @RequestParam(required = false) String legalBasis,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          dataRequests.refuse(id, answer, legalBasis, user);
          redirect.addFlashAttribute("flash", "dataRequest.answered");
          return "redirect:/records/proposals" + (cell == null ? "" : "?cell=" + cell);
        },
        () -> proposals(cell, user, model));
  }

  private static DataRequest.Kind kindOf(String kind) {
    for (var k : DataRequest.Kind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    return null;
  }

  @PostMapping("/records/proposals/{id}/accept")
  String accept(
      @PathVariable long id,
      @RequestParam long cell,
      @RequestParam(required = false) String note,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          corrections.accept(id, note, user.scope(), user.username());
          redirect.addFlashAttribute("flash", "correction.accepted");
          return "redirect:/records/proposals?cell=" + cell;
        },
        () -> proposals(cell, user, model));
  }

  @PostMapping("/records/proposals/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam long cell,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          corrections.reject(id, reason, user.scope(), user.username());
          redirect.addFlashAttribute("flash", "correction.rejected");
          return "redirect:/records/proposals?cell=" + cell;
        },
        () -> proposals(cell, user, model));
  }

  /** The document attached to a proposal. */
  @GetMapping("/records/proposals/{id}/attachment")
  ResponseEntity<byte[]> attachment(@PathVariable long id, OrganizationScope scope) {
    var upload = corrections.attachment(id, scope);
    return Downloads.attachment(
        upload.bytes(), MediaType.parseMediaType(upload.type()), upload.name());
  }

  /** The records to fix of a cell or a commune (the user's own unit by default), worst first. */
  @GetMapping("/records/quality")
  String quality(
      @RequestParam(required = false) Long organization, OrganizationScope scope, Model model) {
    long chosen = scope.orOwnUnit(organization);
    model.addAttribute("quality", quality.of(chosen, scope));
    model.addAttribute("organization", chosen);
    return "records/quality";
  }

  /** The complete records' national database fields, as a workbook. */
  @GetMapping("/records/national.xlsx")
  ResponseEntity<byte[]> nationalXlsx(
      @RequestParam(required = false) Long organization, OrganizationScope scope) {
    var complete = quality.complete(scope.orOwnUnit(organization), scope);
    var rows = new ArrayList<List<Object>>();
    for (var member : complete) {
      rows.add(new ArrayList<>(values(member)));
    }
    byte[] xlsx = Spreadsheet.xlsx(List.of(new Spreadsheet.Table("Đảng viên", headings(), rows)));
    return Downloads.attachment(xlsx, Downloads.XLSX, "csdl-dang-vien.xlsx");
  }

  /** The same as CSV (UTF-8 with a byte-order mark, so that a spreadsheet reads the accents). */
  @GetMapping("/records/national.csv")
  void nationalCsv(
      @RequestParam(required = false) Long organization,
      OrganizationScope scope,
      HttpServletResponse response)
      throws IOException {
    var complete = quality.complete(scope.orOwnUnit(organization), scope);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"csdl-dang-vien.csv\"");
    var out = response.getWriter();
    out.write('\uFEFF');
    out.write(String.join(",", headings().stream().map(RecordPages::csv).toList()) + "\r\n");
    for (var member : complete) {
      out.write(
          String.join(",", values(member).stream().map(v -> csv(v == null ? "" : v)).toList())
              + "\r\n");
    }
    out.flush();
  }

  /** The sheet's headings, in Vietnamese as the national database names them. */
  private List<String> headings() {
    return java.util.Arrays.stream(NationalField.values())
        .map(f -> messages.getMessage("national." + f.name(), null, VIETNAMESE))
        .toList();
  }

  private static List<String> values(Member member) {
    return java.util.Arrays.stream(NationalField.values()).map(f -> f.of(member)).toList();
  }

  /** Quotes a CSV field and defuses values a spreadsheet would run as a formula. */
  private static String csv(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
