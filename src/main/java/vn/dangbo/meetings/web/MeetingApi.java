package vn.dangbo.meetings.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dangbo.documents.Downloads;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.Compliance;
import vn.dangbo.meetings.Meeting;
import vn.dangbo.meetings.MeetingCompliance;
import vn.dangbo.meetings.MeetingDocuments;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.meetings.Meetings;
import vn.dangbo.meetings.Presence;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Meetings over JSON, scoped like the pages. */
@RestController
class MeetingApi {

  private final Meetings meetings;

  private final vn.dangbo.meetings.MeetingMinutes meetingMinutes;
  private final MeetingCompliance compliance;
  private final MeetingDocuments documents;
  private final Clock clock;

  MeetingApi(
      Meetings meetings,
      vn.dangbo.meetings.MeetingMinutes meetingMinutes,
      MeetingCompliance compliance,
      MeetingDocuments documents,
      Clock clock) {
    this.meetings = meetings;
    this.meetingMinutes = meetingMinutes;
    this.compliance = compliance;
    this.documents = documents;
    this.clock = clock;
  }

  @GetMapping("/api/v1/meetings")
  List<Meeting> list(
      @RequestParam(required = false) Long organization,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      OrganizationScope scope) {
    LocalDate today = LocalDate.now(clock);
    return meetings.list(
        organization,
        from == null ? today.minusYears(1) : from,
        to == null ? today.plusYears(1) : to,
        scope);
  }

  @PostMapping("/api/v1/meetings")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> plan(
      @RequestBody PlanRequest request, OrganizationScope scope, CurrentUser user) {
    if (request.organizationId() == null) {
      throw new RefusedException("meeting.refused.incomplete");
    }
    long id =
        meetings.plan(
            request.organizationId(),
            request.kind(),
            request.heldOn(),
            request.place(),
            request.topic(),
            request.agenda(),
            scope,
            user.username());
    return Map.of("id", id, "notice", detail(id, scope).notice());
  }

  @GetMapping("/api/v1/meetings/{id}")
  Meeting detail(@PathVariable long id, OrganizationScope scope) {
    return meetings.find(id, scope).orElseThrow(() -> new NotFoundException("meeting.notFound"));
  }

  /** Writes the minutes; refused once the meeting is closed (add an addendum instead). */
  @PatchMapping("/api/v1/meetings/{id}")
  Meeting minutes(
      @PathVariable long id, @RequestBody MinutesRequest request, OrganizationScope scope) {
    meetingMinutes.writeMinutes(
        id,
        request.version(),
        new Meeting.Minutes(
            request.chair(),
            request.secretary(),
            request.reviewed(),
            request.opinions(),
            request.conclusions(),
            request.resolutions()),
        scope);
    return detail(id, scope);
  }

  @PutMapping("/api/v1/meetings/{id}/attendance")
  Meeting attendance(
      @PathVariable long id, @RequestBody AttendanceRequest request, OrganizationScope scope) {
    var presence = new HashMap<Long, Presence>();
    var reasons = new HashMap<Long, String>();
    for (var entry : request.attendance() == null ? List.<Entry>of() : request.attendance()) {
      if (entry.presence() == null) {
        throw new RefusedException("meeting.refused.incomplete");
      }
      presence.put(entry.memberId(), entry.presence());
      reasons.put(entry.memberId(), entry.reason());
    }
    meetingMinutes.recordAttendance(
        id,
        request.version(),
        presence,
        reasons,
        request.guests() == null ? Set.of() : Set.copyOf(request.guests()),
        scope);
    return detail(id, scope);
  }

  @PostMapping("/api/v1/meetings/{id}/close")
  Meeting close(
      @PathVariable long id,
      @RequestBody Map<String, Integer> body,
      OrganizationScope scope,
      CurrentUser user) {
    Integer version = body.get("version");
    meetingMinutes.close(id, version == null ? -1 : version, scope, user.username());
    return detail(id, scope);
  }

  @PostMapping("/api/v1/meetings/{id}/addenda")
  Meeting addendum(
      @PathVariable long id,
      @RequestBody AddendumRequest request,
      OrganizationScope scope,
      CurrentUser user) {
    meetingMinutes.addendum(id, request.on(), request.text(), scope, user.username());
    return detail(id, scope);
  }

  /** Attaches a document (multipart field {@code file}). */
  @PostMapping("/api/v1/meetings/{id}/documents")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> attach(
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      OrganizationScope scope,
      CurrentUser user)
      throws IOException {
    try (var in = file.getInputStream()) {
      return Map.of(
          "id", documents.attach(id, file.getOriginalFilename(), in, scope, user.username()));
    }
  }

  @GetMapping("/api/v1/meetings/{id}/documents/{document}")
  ResponseEntity<byte[]> document(
      @PathVariable long id, @PathVariable long document, OrganizationScope scope) {
    var content = documents.download(id, document, scope);
    return Downloads.attachment(
        content.bytes(), MediaType.parseMediaType(content.contentType()), content.fileName());
  }

  @DeleteMapping("/api/v1/meetings/{id}/documents/{document}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(@PathVariable long id, @PathVariable long document, OrganizationScope scope) {
    documents.remove(id, document, scope);
  }

  @GetMapping("/api/v1/organizations/{id}/meeting-compliance")
  Compliance compliance(@PathVariable long id, @RequestParam int year, OrganizationScope scope) {
    return compliance.of(id, year, scope);
  }

  record PlanRequest(
      Long organizationId,
      MeetingKind kind,
      LocalDate heldOn,
      String place,
      String topic,
      String agenda) {}

  record MinutesRequest(
      int version,
      String chair,
      String secretary,
      String reviewed,
      String opinions,
      String conclusions,
      List<Meeting.Resolution> resolutions) {}

  record Entry(long memberId, Presence presence, String reason) {}

  record AttendanceRequest(int version, List<Entry> attendance, List<Long> guests) {}

  record AddendumRequest(LocalDate on, String text) {}
}
