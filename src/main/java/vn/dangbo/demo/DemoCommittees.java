package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.CommitteePosition;

/** The demo's committee members: appointed, ended with their term, assigned to cells. */
@Component
class DemoCommittees {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final CommitteeMembers committeeMembers;
  private final DemoTree tree;

  DemoCommittees(CommitteeMembers committeeMembers, DemoTree tree) {
    this.committeeMembers = committeeMembers;
    this.tree = tree;
  }

  /** A five-year term of a committee, ended the day before the next term began. */
  void pastTerm(long committee, LocalDate from, String... names) {
    var positions =
        List.of(
            CommitteePosition.SECRETARY,
            CommitteePosition.DEPUTY_SECRETARY,
            CommitteePosition.STANDING_MEMBER,
            CommitteePosition.MEMBER,
            CommitteePosition.MEMBER);
    for (int i = 0; i < names.length; i++) {
      long id = appoint(committee, names[i], positions.get(i), from);
      committeeMembers.endTerm(id, from.plusYears(5), ALL);
    }
  }

  long appoint(long committee, String name, CommitteePosition position, LocalDate from) {
    return committeeMembers.appoint(committee, name, position, from, ALL);
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
