package vn.dangbo.terms.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.Forms;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.terms.CongressTerms;
import vn.dangbo.terms.PartyTerm;
import vn.dangbo.terms.TermSeat;

/**
 * Đại hội, nhiệm kỳ: the terms of a commune and its cells (where each stands), and one
 * organisation's terms with their committees, with the forms to record a congress, a by-election, a
 * departure and the steps of preparing the next congress.
 */
@Controller
class TermPages {

  /** Rows of the congress form: a commune committee rarely has more. */
  private static final int COMMITTEE_ROWS = 9;

  private final CongressTerms terms;
  private final Organizations organizations;
  private final Clock clock;

  TermPages(CongressTerms terms, Organizations organizations, Clock clock) {
    this.terms = terms;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** The commune (the user's own unit by default) and its cells, each with its current term. */
  @GetMapping("/terms")
  String overview(
      @RequestParam(required = false) Long organization, OrganizationScope scope, Model model) {
    long chosen = scope.orOwnUnit(organization);
    model.addAttribute("units", terms.overview(chosen, scope));
    model.addAttribute("today", LocalDate.now(clock));
    return "terms/overview";
  }

  /** One organisation's terms, the latest first, with the forms for whoever manages it. */
  @GetMapping("/organizations/{id}/terms")
  String page(@PathVariable long id, OrganizationScope scope, Model model) {
    LocalDate today = LocalDate.now(clock);
    var unit =
        organizations
            .findLatest(id, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    var history = terms.history(id, scope);
    model.addAttribute("unit", unit);
    model.addAttribute("history", history);
    var current = history.stream().filter(t -> t.closedOn() == null).findFirst().orElse(null);
    model.addAttribute("current", current);
    var preparation =
        current == null
            ? List.<CongressTerms.Preparation>of()
            : terms.preparation(current.id(), scope);
    model.addAttribute("preparation", preparation);
    // the steps are shown from the first one's day (or once one is done); before, only that day
    model.addAttribute(
        "preparing",
        preparation.stream().anyMatch(p -> p.done() != null || !p.due().isAfter(today)));
    model.addAttribute("canManage", scope.canManage(id));
    model.addAttribute("positions", CommitteePosition.values());
    model.addAttribute("reasons", departureReasons());
    model.addAttribute("rows", COMMITTEE_ROWS);
    model.addAttribute("today", today);
    return "terms/organization";
  }

  /** Records a congress (or an appointing decision) with the committee it gave. */
  @PostMapping("/organizations/{id}/terms")
  String congress(
      @PathVariable long id,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(defaultValue = "CONGRESS") PartyTerm.Origin origin,
      @RequestParam(defaultValue = "false") boolean firstAfterMerger,
      @RequestParam(required = false) String note,
      @RequestParam(name = "name", required = false) List<String> names,
      @RequestParam(name = "position", required = false) List<CommitteePosition> positions,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          terms.holdCongress(
              id,
              new CongressTerms.Congress(
                  on, origin, firstAfterMerger, note, committee(names, positions)),
              user.scope(),
              user.username());
          redirect.addFlashAttribute("flash", "term.recorded");
          return "redirect:/organizations/" + id + "/terms";
        },
        () -> page(id, user.scope(), model));
  }

  @PostMapping("/organizations/{id}/terms/{term}/by-election")
  String byElection(
      @PathVariable long id,
      @PathVariable long term,
      @RequestParam(required = false) String fullName,
      @RequestParam(required = false) CommitteePosition position,
      @RequestParam(required = false) LocalDate on,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return onTerm(
        id,
        user,
        model,
        redirect,
        "term.byElected",
        () -> terms.byElect(term, new PartyTerm.Elected(fullName, position), on, user.scope()));
  }

  @PostMapping("/organizations/{id}/terms/{term}/departure")
  String departure(
      @PathVariable long id,
      @PathVariable long term,
      @RequestParam(required = false) Long seat,
      @RequestParam(required = false) LocalDate on,
      @RequestParam(required = false) TermSeat.LeftReason reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return onTerm(
        id,
        user,
        model,
        redirect,
        "term.left",
        () -> terms.leave(term, seat == null ? 0 : seat, on, reason, user.scope()));
  }

  @PostMapping("/organizations/{id}/terms/{term}/preparation/{step}")
  String prepared(
      @PathVariable long id,
      @PathVariable long term,
      @PathVariable String step,
      @RequestParam(required = false) LocalDate on,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    return onTerm(
        id,
        user,
        model,
        redirect,
        "term.prepared",
        () -> terms.prepared(term, step, on, user.scope(), user.username()));
  }

  /** Records on a term, and shows the organisation's terms again with the news or the refusal. */
  private String onTerm(
      long id,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect,
      String flash,
      Runnable record) {
    return Forms.submit(
        model,
        "refusal",
        () -> {
          record.run();
          redirect.addFlashAttribute("flash", flash);
          return "redirect:/organizations/" + id + "/terms";
        },
        () -> page(id, user.scope(), model));
  }

  /** The committee from the form's rows: a row without a name is left out. */
  private static List<PartyTerm.Elected> committee(
      List<String> names, List<CommitteePosition> positions) {
    var committee = new ArrayList<PartyTerm.Elected>();
    if (names == null) {
      return committee;
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name != null && !name.isBlank()) {
        var position = positions != null && i < positions.size() ? positions.get(i) : null;
        committee.add(new PartyTerm.Elected(name, position));
      }
    }
    return committee;
  }

  private static List<TermSeat.LeftReason> departureReasons() {
    return List.of(
        TermSeat.LeftReason.RESIGNED,
        TermSeat.LeftReason.MOVED,
        TermSeat.LeftReason.DISCIPLINED,
        TermSeat.LeftReason.DIED);
  }
}
