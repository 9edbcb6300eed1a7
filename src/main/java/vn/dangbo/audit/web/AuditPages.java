package vn.dangbo.audit.web;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.audit.AuditEntry;
import vn.dangbo.audit.AuditQuery;
import vn.dangbo.audit.AuditTrail;
import vn.dangbo.audit.OnBehalf;
import vn.dangbo.documents.Downloads;
import vn.dangbo.documents.Spreadsheet;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.organization.OwnWrite;

/**
 * The audit viewer (administrators and committee offices): lines filtered by person, record and
 * period, as a page, an .xlsx file and JSON; and "entering data for" another account.
 */
@Controller
class AuditPages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  private final AuditTrail trail;
  private final OnBehalf onBehalf;
  private final AccountAdministration accounts;

  AuditPages(AuditTrail trail, OnBehalf onBehalf, AccountAdministration accounts) {
    this.trail = trail;
    this.onBehalf = onBehalf;
    this.accounts = accounts;
  }

  @GetMapping("/audit")
  String view(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String recordType,
      @RequestParam(required = false) String recordId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean reads,
      CurrentUser user,
      Model model) {
    var query = new AuditQuery(actor, recordType, recordId, from, to, Math.max(0, page), reads);
    model.addAttribute("query", query);
    model.addAttribute("result", trail.find(query, user));
    model.addAttribute("secretaries", onBehalf.candidatesFor(user));
    return "audit/index";
  }

  /** Who read the signed-in member's own record. */
  @GetMapping("/audit/mine")
  String mine(CurrentUser user, Model model) {
    var entries = trail.readsOfOwnRecord(user);
    model.addAttribute("entries", entries);
    model.addAttribute(
        "accounts",
        accounts.byUsername(entries.stream().map(AuditEntry::actor).distinct().toList()));
    return "audit/mine";
  }

  @GetMapping("/api/v1/audit/mine")
  @ResponseBody
  List<AuditEntry> mineApi(CurrentUser user) {
    return trail.readsOfOwnRecord(user);
  }

  @GetMapping("/api/v1/audit")
  @ResponseBody
  AuditTrail.AuditPage api(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String recordType,
      @RequestParam(required = false) String recordId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "false") boolean reads,
      CurrentUser user) {
    return trail.find(
        new AuditQuery(actor, recordType, recordId, from, to, Math.max(0, page), reads), user);
  }

  @GetMapping("/audit/export.xlsx")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String recordType,
      @RequestParam(required = false) String recordId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "false") boolean reads,
      CurrentUser user) {
    var rows = new ArrayList<List<Object>>();
    for (AuditEntry e :
        trail.export(new AuditQuery(actor, recordType, recordId, from, to, 0, reads), user)) {
      var changes = new StringBuilder();
      e.changed()
          .forEach(
              (field, values) ->
                  changes
                      .append(field)
                      .append(": ")
                      .append(values[0])
                      .append(" → ")
                      .append(values[1])
                      .append('\n'));
      rows.add(
          java.util.Arrays.asList(
              TIME.format(e.at()),
              e.actor(),
              e.onBehalfOf(),
              e.address(),
              e.action(),
              e.recordType(),
              e.recordId(),
              changes.toString().strip(),
              e.detail()));
    }
    var table =
        new Spreadsheet.Table(
            "Nhật ký",
            List.of(
                "Thời điểm",
                "Tài khoản",
                "Nhập thay cho",
                "Địa chỉ",
                "Việc",
                "Loại hồ sơ",
                "Mã hồ sơ",
                "Thay đổi",
                "Ghi chú"),
            rows);
    return Downloads.attachment(Spreadsheet.xlsx(List.of(table)), Downloads.XLSX, "nhat-ky.xlsx");
  }

  @PostMapping("/audit/on-behalf")
  String start(
      @RequestParam String account,
      CurrentUser user,
      HttpSession session,
      RedirectAttributes redirect) {
    onBehalf.start(account, user, session);
    redirect.addFlashAttribute("flash", "audit.onBehalf.started");
    return "redirect:/";
  }

  @PostMapping("/audit/on-behalf/stop")
  @OwnWrite
  String stop(HttpSession session, RedirectAttributes redirect) {
    onBehalf.stop(session);
    redirect.addFlashAttribute("flash", "audit.onBehalf.stopped");
    return "redirect:/";
  }
}
