package vn.dangbo.away.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dangbo.away.Absence;
import vn.dangbo.away.AwayRegister;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;

/** The register of members working away in the API. */
@RestController
class AwayApi {

  private final AwayRegister register;

  AwayApi(AwayRegister register) {
    this.register = register;
  }

  /** A day, for a contact or a return. */
  record Day(LocalDate on) {}

  /** The cell's members away, and those back in the last three months. */
  @GetMapping("/api/v1/organizations/{id}/absences")
  List<AwayRegister.Line> register(@PathVariable long id, OrganizationScope scope) {
    return register.register(id, scope);
  }

  /** The members away now under an organisation, by cell and by destination. */
  @GetMapping("/api/v1/organizations/{id}/absences/totals")
  AwayRegister.Totals totals(@PathVariable long id, OrganizationScope scope) {
    return register.totals(id, scope);
  }

  /** Records that the member is away. */
  @PostMapping("/api/v1/members/{id}/absences")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> record(
      @PathVariable long id, @RequestBody Absence.Details details, CurrentUser user) {
    return Map.of("id", register.record(id, details, user.scope(), user.username()));
  }

  /** The cell was in touch with the member on the day. */
  @PostMapping("/api/v1/absences/{id}/contacts")
  Absence contacted(@PathVariable long id, @RequestBody Day day, OrganizationScope scope) {
    return register.contacted(id, day == null ? null : day.on(), scope);
  }

  /** The member came back on the day. */
  @PostMapping("/api/v1/absences/{id}/return")
  Absence returned(@PathVariable long id, @RequestBody Day day, OrganizationScope scope) {
    return register.returned(id, day == null ? null : day.on(), scope);
  }
}
