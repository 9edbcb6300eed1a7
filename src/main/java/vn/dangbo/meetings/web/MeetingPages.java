package vn.dangbo.meetings.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.Meeting;
import vn.dangbo.meetings.MeetingCompliance;
import vn.dangbo.meetings.MeetingDocuments;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.meetings.Meetings;
import vn.dangbo.meetings.MinutesPrint;
import vn.dangbo.meetings.Presence;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The meetings of the user's cells: plan one, record attendance with a few taps on a phone, write
 * and close the minutes, add an addendum; and the commune's compliance grid.
 */
@Controller
class MeetingPages {

  private final Meetings meetings;

  private final vn.dangbo.meetings.MeetingMinutes meetingMinutes;
  private final MeetingCompliance compliance;
  private final Organizations organizations;
  private final CommitteeMembers committeeMembers;
  private final MinutesPrint minutes;
  private final MeetingDocuments documents;
  private final Clock clock;

  MeetingPages(
      Meetings meetings,
      vn.dangbo.meetings.MeetingMinutes meetingMinutes,
      MeetingCompliance compliance,
      Organizations organizations,
      CommitteeMembers committeeMembers,
      MinutesPrint minutes,
      MeetingDocuments documents,
      Clock clock) {
    this.documents = documents;
    this.meetings = meetings;
    this.meetingMinutes = meetingMinutes;
    this.compliance = compliance;
    this.organizations = organizations;
    this.committeeMembers = committeeMembers;
    this.minutes = minutes;
    this.clock = clock;
  }

  @GetMapping("/meetings")
  String list(
      @RequestParam(required = false) Long organization, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    model.addAttribute(
        "meetings", meetings.list(organization, today.minusMonths(6), today.plusMonths(3), scope));
    model.addAttribute(
        "organizations",
        organizations.treeOn(today, scope).stream().filter(o -> scope.canManage(o.id())).toList());
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("today", today);
    return "meetings/list";
  }

  @PostMapping("/meetings")
  String plan(
      @RequestParam(required = false) Long organizationId,
      @RequestParam(required = false) MeetingKind kind,
      @RequestParam(required = false) LocalDate heldOn,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) String topic,
      @RequestParam(required = false) String agenda,
      OrganizationScope scope,
      CurrentUser user,
      Model model) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (organizationId == null) {
            throw new RefusedException("meeting.refused.incomplete");
          }
          long id =
              meetings.plan(
                  organizationId, kind, heldOn, place, topic, agenda, scope, user.username());
          return "redirect:/meetings/" + id;
        },
        () -> list(null, scope, model));
  }

  @GetMapping("/meetings/{id}")
  String detail(@PathVariable long id, OrganizationScope scope, Model model) {
    var meeting = find(id, scope);
    boolean canManage = scope.canManage(meeting.organizationId());
    var recorded = new HashMap<Long, Meeting.Attendance>();
    meeting.attendance().forEach(a -> recorded.put(a.memberId(), a));
    model.addAttribute("meeting", meeting);
    model.addAttribute("canManage", canManage);
    model.addAttribute("members", canManage ? meetings.members(meeting) : List.of());
    model.addAttribute("recorded", recorded);
    model.addAttribute("presences", Presence.values());
    model.addAttribute(
        "inCharge",
        meeting.kind() == MeetingKind.COMMITTEE
            ? List.of()
            : committeeMembers.assignmentsUnder(meeting.organizationId(), meeting.heldOn(), scope));
    model.addAttribute("today", LocalDate.now(clock));
    return "meetings/detail";
  }

  /** Attendance from the phone form: one radio group per member, reasons, guests. */
  @PostMapping("/meetings/{id}/attendance")
  String attendance(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect) {
    var presence = new HashMap<Long, Presence>();
    var reasons = new HashMap<Long, String>();
    var guests = new HashSet<Long>();
    try {
      form.forEach(
          (name, value) -> {
            if (name.startsWith("p") && name.substring(1).matches("\\d+")) {
              presence.put(Long.parseLong(name.substring(1)), Presence.valueOf(value));
            } else if (name.startsWith("r") && name.substring(1).matches("\\d+")) {
              reasons.put(Long.parseLong(name.substring(1)), value);
            } else if (name.startsWith("g") && name.substring(1).matches("\\d+")) {
              guests.add(Long.parseLong(name.substring(1)));
            }
          });
    } catch (IllegalArgumentException e) {
      throw new RefusedException("meeting.refused.incomplete");
    }
    return Forms.submit(
        model,
        "refusal",
        () -> {
          meetingMinutes.recordAttendance(id, version(form), presence, reasons, guests, scope);
          redirect.addFlashAttribute("flash", "meeting.attendanceSaved");
          return "redirect:/meetings/" + id;
        },
        () -> detail(id, scope, model));
  }

  @PostMapping("/meetings/{id}/minutes")
  String minutes(
      @PathVariable long id,
      @RequestParam Map<String, String> form,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect) {
    var resolutions = new ArrayList<Meeting.Resolution>();
    if (form.get("resolution") != null && !form.get("resolution").isBlank()) {
      resolutions.add(
          new Meeting.Resolution(
              form.get("resolution"),
              number(form.get("votesFor")),
              number(form.get("votesAgainst")),
              number(form.get("abstentions"))));
    }
    return Forms.submit(
        model,
        "refusal",
        () -> {
          meetingMinutes.writeMinutes(
              id,
              version(form),
              new Meeting.Minutes(
                  form.get("chair"),
                  form.get("secretary"),
                  form.get("reviewed"),
                  form.get("opinions"),
                  form.get("conclusions"),
                  resolutions),
              scope);
          redirect.addFlashAttribute("flash", "meeting.minutesSaved");
          return "redirect:/meetings/" + id;
        },
        () -> detail(id, scope, model));
  }

  @PostMapping("/meetings/{id}/close")
  String close(
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
          meetingMinutes.close(id, version(form), scope, user.username());
          redirect.addFlashAttribute("flash", "meeting.closedNow");
          return "redirect:/meetings/" + id;
        },
        () -> detail(id, scope, model));
  }

  @PostMapping("/meetings/{id}/addenda")
  String addendum(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) String text,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          meetingMinutes.addendum(id, on, text, scope, user.username());
          redirect.addFlashAttribute("flash", "meeting.addendumSaved");
          return "redirect:/meetings/" + id;
        },
        () -> detail(id, scope, model));
  }

  @PostMapping("/meetings/{id}/documents")
  String attach(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      OrganizationScope scope,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          if (file == null) {
            throw new RefusedException("meeting.refused.documentEmpty");
          }
          attach(id, file, scope, user);
          redirect.addFlashAttribute("flash", "meeting.documentSaved");
          return "redirect:/meetings/" + id;
        },
        () -> detail(id, scope, model));
  }

  private void attach(long id, MultipartFile file, OrganizationScope scope, CurrentUser user) {
    try (var in = file.getInputStream()) {
      documents.attach(id, file.getOriginalFilename(), in, scope, user.username());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @GetMapping("/meetings/{id}/documents/{document}")
  ResponseEntity<byte[]> document(
      @PathVariable long id, @PathVariable long document, OrganizationScope scope) {
    var content = documents.download(id, document, scope);
    return Downloads.attachment(
        content.bytes(), MediaType.parseMediaType(content.contentType()), content.fileName());
  }

  @PostMapping("/meetings/{id}/documents/{document}/remove")
  String removeDocument(
      @PathVariable long id,
      @PathVariable long document,
      OrganizationScope scope,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          documents.remove(id, document, scope);
          redirect.addFlashAttribute("flash", "meeting.documentRemoved");
          return "redirect:/meetings/" + id;
        },
        () -> detail(id, scope, model));
  }

  /**
   * The minutes as an A4 PDF to print and sign (the Word minutes to edit first are the document
   * {@code bien-ban-sinh-hoat}).
   */
  @GetMapping({"/meetings/{id}/minutes.pdf", "/api/v1/meetings/{id}/minutes.pdf"})
  @ResponseBody
  ResponseEntity<byte[]> printedMinutes(
      @PathVariable long id, OrganizationScope scope, Locale locale) {
    if (!scope.personalRecords()) {
      throw new NotFoundException("meeting.notFound");
    }
    return Downloads.inline(
        minutes.pdf(find(id, scope), locale), MediaType.APPLICATION_PDF, "bien-ban-" + id + ".pdf");
  }

  @GetMapping("/meetings/compliance")
  String compliance(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) Integer year,
      OrganizationScope scope,
      Model model) {
    long chosen = scope.orOwnUnit(organization);
    int chosenYear = year == null ? LocalDate.now(clock).getYear() : year;
    model.addAttribute("compliance", compliance.of(chosen, chosenYear, scope));
    model.addAttribute("organization", organizations.findLatest(chosen, scope).orElseThrow());
    model.addAttribute("year", String.valueOf(chosenYear));
    model.addAttribute("previous", String.valueOf(chosenYear - 1));
    model.addAttribute("next", String.valueOf(chosenYear + 1));
    return "meetings/compliance";
  }

  private Meeting find(long id, OrganizationScope scope) {
    return meetings.find(id, scope).orElseThrow(() -> new NotFoundException("meeting.notFound"));
  }

  private static int version(Map<String, String> form) {
    Integer version = number(form.get("version"));
    return version == null ? -1 : version;
  }

  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new RefusedException("meeting.refused.number");
    }
  }
}
