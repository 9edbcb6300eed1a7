package vn.dangbo.terms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * Congresses and terms (đại hội, nhiệm kỳ): a congress (or an appointment) opens a term and closes
 * the one before; by-elections and departures change the committee inside it; each organisation's
 * current term and whether its congress falls due; the steps of preparing it.
 */
@Service
public class CongressTerms {

  private final PartyTermRepository repository;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  CongressTerms(
      PartyTermRepository repository, Organizations organizations, RuleBook rules, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  /** What a congress (or an appointing decision) records. */
  public record Congress(
      LocalDate on,
      PartyTerm.Origin origin,
      boolean firstAfterMerger,
      String note,
      List<PartyTerm.Elected> committee) {}

  /** A step of preparing the congress, the day it is due and the day it was done (or null). */
  public record Preparation(PreparationStep step, LocalDate due, LocalDate done) {}

  /** An organisation with its current term (or none) and where it stands today. */
  public record UnitTerm(OrganizationNode unit, PartyTerm term, PartyTerm.Standing standing) {}

  /** The organisation's terms, the latest first. */
  @Transactional(readOnly = true)
  public List<PartyTerm> history(long organizationId, OrganizationScope scope) {
    requireVisible(organizationId, scope);
    return repository.ofOrganization(organizationId);
  }

  /** Records a congress of the organisation: a new term, its committee, the previous one closed. */
  @Transactional
  public long holdCongress(
      long organizationId, Congress congress, OrganizationScope scope, String by) {
    scope.requireManager(organizationId);
    if (congress == null || congress.on() == null) {
      throw new RefusedException("term.refused.incomplete");
    }
    var unit =
        organizations
            .findOn(organizationId, congress.on(), scope)
            .orElseThrow(
                () -> new RefusedException("organization.refused.notExistingOn", congress.on()));
    var key = unit.isCell() ? RuleKey.TERM_CELL_MONTHS : RuleKey.TERM_COMMITTEE_MONTHS;
    var term =
        PartyTerm.begin(
            organizationId,
            congress.on(),
            rules.at(congress.on(), key).asInt(),
            congress.origin() == null ? PartyTerm.Origin.CONGRESS : congress.origin(),
            congress.firstAfterMerger(),
            congress.note(),
            congress.committee() == null ? List.of() : congress.committee(),
            today());
    var open = repository.openOf(List.of(organizationId)).get(organizationId);
    if (open != null) {
      repository.save(open.closedBy(congress.on()));
    }
    repository.endSeatsWithoutTerm(organizationId, congress.on());
    return repository.add(term, by);
  }

  /** A by-election (bầu bổ sung) in the term. */
  @Transactional
  public PartyTerm byElect(
      long termId, PartyTerm.Elected person, LocalDate on, OrganizationScope scope) {
    var term = managed(termId, scope).byElected(person, on, today());
    repository.save(term);
    return repository.find(termId).orElseThrow();
  }

  /** A committee member leaves the committee (resigns, moves, is disciplined, dies). */
  @Transactional
  public PartyTerm leave(
      long termId, long seatId, LocalDate on, TermSeat.LeftReason reason, OrganizationScope scope) {
    var term = managed(termId, scope).left(seatId, on, reason, today());
    repository.save(term);
    return term;
  }

  /** The steps of preparing the congress that closes the term, with their days. */
  @Transactional(readOnly = true)
  public List<Preparation> preparation(long termId, OrganizationScope scope) {
    var term = visible(termId, scope);
    return preparation(term);
  }

  /** Records that a step of preparing the congress was done on the day. */
  @Transactional
  public void prepared(long termId, String step, LocalDate on, OrganizationScope scope, String by) {
    var term = managed(termId, scope);
    if (term.closedOn() != null) {
      throw new RefusedException("term.refused.closed");
    }
    if (on == null || repository.steps().stream().noneMatch(s -> s.code().equals(step))) {
      throw new RefusedException("term.refused.incomplete");
    }
    if (on.isAfter(today())) {
      throw RefusedException.forField("on", "term.refused.future");
    }
    repository.markPrepared(termId, step, on, by);
  }

  /** The organisation and the cells under it today, each with its current term. */
  @Transactional(readOnly = true)
  public List<UnitTerm> overview(long organizationId, OrganizationScope scope) {
    LocalDate today = today();
    var self =
        organizations
            .findOn(organizationId, today, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    var units = new ArrayList<OrganizationNode>();
    units.add(self);
    organizations.descendantsOn(organizationId, today).stream()
        .filter(u -> scope.canSee(u.id()))
        .forEach(units::add);
    return standings(units, today);
  }

  /**
   * The organisations existing today that the user sees, whose congress falls due within the
   * reminder's months or is overdue, the earliest end first.
   */
  @Transactional(readOnly = true)
  public List<UnitTerm> due(OrganizationScope scope) {
    if (!scope.personalRecords()) {
      return List.of();
    }
    LocalDate today = today();
    int reminder = reminderMonths(today);
    var terms =
        repository.openEndingBy(
            today.plusMonths(reminder), scope.everything() ? null : scope.visibleIds());
    if (terms.isEmpty()) {
      return List.of();
    }
    // the user's tree is read once (a user with everything asks for each term's organisation)
    var units = new java.util.HashMap<Long, OrganizationNode>();
    if (!scope.everything()) {
      organizations.treeOn(today, scope).forEach(u -> units.put(u.id(), u));
    }
    var due = new ArrayList<UnitTerm>();
    for (var term : terms) {
      var unit =
          scope.everything()
              ? organizations.findOn(term.organizationId(), today, scope).orElse(null)
              : units.get(term.organizationId());
      if (unit != null) {
        due.add(new UnitTerm(unit, term, term.standing(today, reminder)));
      }
    }
    return due;
  }

  private int reminderMonths(LocalDate today) {
    return rules.at(today, RuleKey.TERM_CONGRESS_REMINDER_MONTHS).asInt();
  }

  private List<UnitTerm> standings(List<OrganizationNode> units, LocalDate today) {
    int reminder = reminderMonths(today);
    Map<Long, PartyTerm> open =
        repository.openOf(units.stream().map(OrganizationNode::id).toList());
    return units.stream()
        .map(
            u -> {
              var term = open.get(u.id());
              return new UnitTerm(u, term, term == null ? null : term.standing(today, reminder));
            })
        .toList();
  }

  List<Preparation> preparation(PartyTerm term) {
    var done = repository.prepared(term.id());
    return repository.steps().stream()
        .map(s -> new Preparation(s, term.dueOf(s), done.get(s.code())))
        .toList();
  }

  private PartyTerm visible(long termId, OrganizationScope scope) {
    return repository
        .find(termId)
        .filter(t -> scope.canSee(t.organizationId()))
        .orElseThrow(() -> new NotFoundException("term.notFound"));
  }

  private PartyTerm managed(long termId, OrganizationScope scope) {
    var term = visible(termId, scope);
    scope.requireManager(term.organizationId());
    return term;
  }

  private void requireVisible(long organizationId, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
