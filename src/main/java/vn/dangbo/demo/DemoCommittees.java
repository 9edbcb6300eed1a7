package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.terms.CongressTerms;
import vn.dangbo.terms.PartyTerm;

/**
 * The demo's committees: elected at congresses (or appointed), their committee members assigned to
 * cells.
 */
@Component
class DemoCommittees {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final List<CommitteePosition> POSITIONS =
      List.of(
          CommitteePosition.SECRETARY,
          CommitteePosition.DEPUTY_SECRETARY,
          CommitteePosition.STANDING_MEMBER,
          CommitteePosition.MEMBER,
          CommitteePosition.MEMBER);

  private final CommitteeMembers committeeMembers;
  private final CongressTerms terms;
  private final DemoTree tree;

  DemoCommittees(CommitteeMembers committeeMembers, CongressTerms terms, DemoTree tree) {
    this.committeeMembers = committeeMembers;
    this.terms = terms;
    this.tree = tree;
  }

  /**
   * A congress of the organisation on the day electing the people in order (secretary, deputy,
   * standing member, members); answers their committee members' ids by name.
   */
  Map<String, Long> congress(long organization, LocalDate on, String... names) {
    return begin(organization, on, PartyTerm.Origin.CONGRESS, false, names);
  }

  /** The first congress of an organisation made by a merger. */
  Map<String, Long> firstCongressAfterMerger(long organization, LocalDate on, String... names) {
    return begin(organization, on, PartyTerm.Origin.CONGRESS, true, names);
  }

  /** A committee appointed by the superior committee until the first congress. */
  Map<String, Long> appointed(long organization, LocalDate on, String... names) {
    return begin(organization, on, PartyTerm.Origin.APPOINTED, false, names);
  }

  private Map<String, Long> begin(
      long organization,
      LocalDate on,
      PartyTerm.Origin origin,
      boolean firstAfterMerger,
      String... names) {
    var committee = new ArrayList<PartyTerm.Elected>();
    for (int i = 0; i < names.length; i++) {
      committee.add(
          new PartyTerm.Elected(names[i], POSITIONS.get(Math.min(i, POSITIONS.size() - 1))));
    }
    long term =
        terms.holdCongress(
            organization,
            new CongressTerms.Congress(on, origin, firstAfterMerger, null, committee),
            ALL,
            DemoCommune.BY);
    var ids = new HashMap<String, Long>();
    terms.history(organization, ALL).stream()
        .filter(t -> t.id() == term)
        .flatMap(t -> t.seats().stream())
        .forEach(s -> ids.put(s.fullName(), s.id()));
    return ids;
  }

  void assign(long committeeMember, Map<String, Long> cells, LocalDate from, String... names) {
    var ids = new ArrayList<Long>();
    for (String name : names) {
      ids.add(cells.get(name));
    }
    for (long cell : ids) {
      LocalDate cellFounded = tree.foundedOn(cell);
      committeeMembers.assign(
          committeeMember, cell, from.isBefore(cellFounded) ? cellFounded : from, ALL);
    }
  }
}
