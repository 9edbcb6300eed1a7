package vn.dangbo.records.web;

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
import vn.dangbo.organization.OwnWrite;
import vn.dangbo.records.CorrectableField;
import vn.dangbo.records.CorrectionProposal;
import vn.dangbo.records.RecordCorrections;
import vn.dangbo.records.RecordQuality;

/** Correction proposals and the quality of records in the API. */
@RestController
class RecordApi {

  private final RecordCorrections corrections;
  private final RecordQuality quality;

  RecordApi(RecordCorrections corrections, RecordQuality quality) {
    this.corrections = corrections;
    this.quality = quality;
  }

  /** The fields proposed with their values (blank removes one), and a note. */
  record Proposal(Map<CorrectableField, String> changes, String note) {}

  /** A decision's note (for a rejection, its reason). */
  record Decision(String note) {}

  /** The member proposes corrections to their own record (the attachment only on the page). */
  @OwnWrite
  @PostMapping("/api/v1/members/{id}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Long> propose(
      @PathVariable long id, @RequestBody Proposal proposal, CurrentUser user) {
    return Map.of(
        "id",
        corrections.propose(
            id, proposal.changes(), proposal.note(), null, user.scope(), user.username()));
  }

  /** The member's own proposals. */
  @GetMapping("/api/v1/members/{id}/corrections")
  List<CorrectionProposal> mine(@PathVariable long id, OrganizationScope scope) {
    return corrections.mine(id, scope);
  }

  /** A cell's proposals: pending, and decided in the last 90 days. */
  @GetMapping("/api/v1/organizations/{id}/corrections")
  List<RecordCorrections.Line> ofCell(@PathVariable long id, OrganizationScope scope) {
    return corrections.ofCell(id, scope);
  }

  @PostMapping("/api/v1/corrections/{id}/acceptance")
  CorrectionProposal accept(
      @PathVariable long id, @RequestBody(required = false) Decision decision, CurrentUser user) {
    return corrections.accept(
        id, decision == null ? null : decision.note(), user.scope(), user.username());
  }

  @PostMapping("/api/v1/corrections/{id}/rejection")
  CorrectionProposal reject(
      @PathVariable long id, @RequestBody Decision decision, CurrentUser user) {
    return corrections.reject(
        id, decision == null ? null : decision.note(), user.scope(), user.username());
  }

  /** The records to fix of a cell or a commune, worst first, with the counts. */
  @GetMapping("/api/v1/organizations/{id}/record-quality")
  RecordQuality.Quality quality(@PathVariable long id, OrganizationScope scope) {
    return quality.of(id, scope);
  }
}
