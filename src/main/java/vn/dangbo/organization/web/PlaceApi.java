package vn.dangbo.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.organization.NewPlace;
import vn.dangbo.organization.PlaceKind;
import vn.dangbo.organization.PlaceView;
import vn.dangbo.organization.Places;

/** Places, who serves them, and committee members in charge of cells, over JSON. */
@RestController
@RequestMapping("/api/v1")
class PlaceApi {

  private final Places places;
  private final CommitteeMembers committeeMembers;
  private final Clock clock;

  PlaceApi(Places places, CommitteeMembers committeeMembers, Clock clock) {
    this.places = places;
    this.committeeMembers = committeeMembers;
    this.clock = clock;
  }

  @GetMapping("/places")
  List<PlaceView> places(
      @RequestParam long organization,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      OrganizationScope scope) {
    return places.of(organization, on == null ? LocalDate.now(clock) : on, scope);
  }

  @PostMapping("/places")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> record(@RequestBody PlaceRequest request, OrganizationScope scope) {
    return Map.of(
        "id",
        places.record(
            new NewPlace(
                request.communeId(),
                request.name(),
                request.kind(),
                request.from(),
                request.servingCellId()),
            scope));
  }

  @PutMapping("/places/{id}")
  void correct(@PathVariable long id, @RequestBody PlaceRequest request, OrganizationScope scope) {
    places.correct(id, request.name(), request.kind(), scope);
  }

  @PostMapping("/places/{id}/service")
  void serve(@PathVariable long id, @RequestBody ServiceRequest request, OrganizationScope scope) {
    places.serve(id, request.cellId(), request.from(), scope);
  }

  @PostMapping("/committee-members")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> appoint(@RequestBody AppointRequest request, OrganizationScope scope) {
    return Map.of(
        "id",
        committeeMembers.appoint(
            request.committeeId(), request.fullName(), request.position(), request.from(), scope));
  }

  @PostMapping("/committee-members/{id}/assignments")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> assign(
      @PathVariable long id, @RequestBody AssignRequest request, OrganizationScope scope) {
    return Map.of("id", committeeMembers.assign(id, request.cellId(), request.from(), scope));
  }

  @PostMapping("/committee-members/{id}/end-term")
  void endTerm(@PathVariable long id, @RequestBody EndRequest request, OrganizationScope scope) {
    committeeMembers.endTerm(id, request.on(), scope);
  }

  @PostMapping("/assignments/{id}/end")
  void endAssignment(
      @PathVariable long id, @RequestBody EndRequest request, OrganizationScope scope) {
    committeeMembers.endAssignment(id, request.on(), scope);
  }

  record PlaceRequest(
      long communeId, String name, PlaceKind kind, LocalDate from, Long servingCellId) {}

  record ServiceRequest(Long cellId, LocalDate from) {}

  record AppointRequest(
      long committeeId, String fullName, CommitteePosition position, LocalDate from) {}

  record AssignRequest(long cellId, LocalDate from) {}

  record EndRequest(LocalDate on) {}
}
