package vn.dangbo.terms.web;

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
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.terms.CongressTerms;
import vn.dangbo.terms.PartyTerm;
import vn.dangbo.terms.TermSeat;

/** Congresses and terms in the API. */
@RestController
class TermApi {

  private final CongressTerms terms;

  TermApi(CongressTerms terms) {
    this.terms = terms;
  }

  /** A by-election: who, in which position, on which day. */
  record ByElection(String fullName, CommitteePosition position, LocalDate on) {}

  /** A committee member leaving the committee. */
  record Departure(Long committeeMemberId, LocalDate on, TermSeat.LeftReason reason) {}

  /** A day a preparation step was done. */
  record Day(LocalDate on) {}

  /** The organisation's terms, the latest first, each with its committee's seats. */
  @GetMapping("/api/v1/organizations/{id}/terms")
  List<PartyTerm> history(@PathVariable long id, OrganizationScope scope) {
    return terms.history(id, scope);
  }

  /** The organisation and the cells under it, each with its current term and its standing. */
  @GetMapping("/api/v1/organizations/{id}/terms/overview")
  List<CongressTerms.UnitTerm> overview(@PathVariable long id, OrganizationScope scope) {
    return terms.overview(id, scope);
  }

  /** Records a congress (or an appointing decision): a new term and its committee. */
  @PostMapping("/api/v1/organizations/{id}/congresses")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> congress(
      @PathVariable long id, @RequestBody CongressTerms.Congress congress, CurrentUser user) {
    return Map.of("id", terms.holdCongress(id, congress, user.scope(), user.username()));
  }

  @PostMapping("/api/v1/terms/{id}/by-elections")
  PartyTerm byElection(
      @PathVariable long id, @RequestBody ByElection election, OrganizationScope scope) {
    return terms.byElect(
        id, new PartyTerm.Elected(election.fullName(), election.position()), election.on(), scope);
  }

  @PostMapping("/api/v1/terms/{id}/departures")
  PartyTerm departure(
      @PathVariable long id, @RequestBody Departure departure, OrganizationScope scope) {
    long seat = departure.committeeMemberId() == null ? 0 : departure.committeeMemberId();
    return terms.leave(id, seat, departure.on(), departure.reason(), scope);
  }

  /** The steps of preparing the congress that closes the term, their due and done days. */
  @GetMapping("/api/v1/terms/{id}/preparation")
  List<CongressTerms.Preparation> preparation(@PathVariable long id, OrganizationScope scope) {
    return terms.preparation(id, scope);
  }

  @PostMapping("/api/v1/terms/{id}/preparation/{step}")
  List<CongressTerms.Preparation> prepared(
      @PathVariable long id, @PathVariable String step, @RequestBody Day day, CurrentUser user) {
    terms.prepared(id, step, day == null ? null : day.on(), user.scope(), user.username());
    return terms.preparation(id, user.scope());
  }
}
