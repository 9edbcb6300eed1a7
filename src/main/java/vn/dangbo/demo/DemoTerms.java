package vn.dangbo.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.CommitteePosition;
import vn.dangbo.organization.Organizations;
import vn.dangbo.terms.CongressTerms;
import vn.dangbo.terms.PartyTerm;
import vn.dangbo.terms.TermSeat;

/**
 * The cells' congresses: each cell of the Tà Xùa commune held one in 2022 (two and a half years)
 * and one after the merger (five years, the 2025 pilot), electing its secretary and deputy from its
 * official members. Two cells show the reminders, their last congress held before the pilot: the
 * agricultural extension station's term ends three months from today (its congress is due), Tìa
 * Đố's ended three months ago (overdue); this holds while those congresses fall before 2025-07-01,
 * that is until the end of September 2027. In the Làng Chếu village cell the deputy moved away in
 * March 2026 and a new one was by-elected.
 */
@Component
@Profile("demo")
class DemoTerms {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final String DUE_SOON = "Chi bộ Trạm Khuyến nông Làng Chếu";
  private static final String OVERDUE = "Chi bộ bản Tìa Đố";

  /** The secretaries the demo has accounts for, elected at their cell's 2025 congress. */
  private static final Map<String, String> SECRETARIES =
      Map.of("Chi bộ bản Làng Chếu", "Sùng A Lử", "Chi bộ bản Háng Đồng", "Thào A Dế");

  private final CongressTerms terms;
  private final MemberStatistics statistics;
  private final Organizations organizations;
  private final Clock clock;

  DemoTerms(
      CongressTerms terms, MemberStatistics statistics, Organizations organizations, Clock clock) {
    this.terms = terms;
    this.statistics = statistics;
    this.organizations = organizations;
    this.clock = clock;
  }

  void load(Map<String, Long> cells) {
    LocalDate today = LocalDate.now(clock);
    int day = 0;
    for (var entry : cells.entrySet()) {
      long id = entry.getValue();
      if (organizations.findOn(id, today, ALL).isEmpty()) {
        continue;
      }
      if (entry.getKey().equals(DUE_SOON)) {
        // two and a half years, as before the 2025 pilot: ends three months from today
        congress(id, today.minusMonths(57));
        congress(id, today.minusMonths(27));
        terms.prepared(termOf(id), "PLAN", today.minusDays(12), ALL, DemoCommune.BY);
      } else if (entry.getKey().equals(OVERDUE)) {
        // ended three months ago
        congress(id, today.minusMonths(63));
        congress(id, today.minusMonths(33));
      } else {
        day = (day + 3) % 27;
        congress(id, LocalDate.of(2022, 4, 1).plusDays(day));
        congress(id, LocalDate.of(2025, 8, 1).plusDays(day), SECRETARIES.get(entry.getKey()));
      }
    }
    byElection(cells.get("Chi bộ bản Làng Chếu"), today);
  }

  /** The cell's deputy moves away in the spring; the cell by-elects another official member. */
  private void byElection(long cell, LocalDate today) {
    long term = termOf(cell);
    var current = terms.history(cell, ALL).get(0);
    var deputy =
        current.seats().stream()
            .filter(s -> s.position() == CommitteePosition.DEPUTY_SECRETARY)
            .findFirst();
    if (deputy.isEmpty()) {
      return;
    }
    LocalDate moved = LocalDate.of(2026, 3, 2);
    terms.leave(term, deputy.get().id(), moved, TermSeat.LeftReason.MOVED, ALL);
    var sitting = current.seats().stream().map(TermSeat::fullName).toList();
    officials(cell, moved).stream()
        .filter(name -> !sitting.contains(name))
        .findFirst()
        .ifPresent(
            name ->
                terms.byElect(
                    term,
                    new PartyTerm.Elected(name, CommitteePosition.DEPUTY_SECRETARY),
                    moved.plusDays(25),
                    ALL));
  }

  private void congress(long cell, LocalDate on) {
    congress(cell, on, null);
  }

  /**
   * A congress of the cell electing its first two official members by name, or the given secretary
   * (the secretary with a demo account) and the first official member as deputy.
   */
  private void congress(long cell, LocalDate on, String secretary) {
    var names = new ArrayList<>(officials(cell, on));
    if (secretary != null) {
      names.add(0, secretary);
    }
    if (names.isEmpty()) {
      return;
    }
    var committee = new ArrayList<PartyTerm.Elected>();
    committee.add(new PartyTerm.Elected(names.get(0), CommitteePosition.SECRETARY));
    if (names.size() > 1) {
      committee.add(new PartyTerm.Elected(names.get(1), CommitteePosition.DEPUTY_SECRETARY));
    }
    terms.holdCongress(
        cell,
        new CongressTerms.Congress(on, PartyTerm.Origin.CONGRESS, false, null, committee),
        ALL,
        DemoCommune.BY);
  }

  private List<String> officials(long cell, LocalDate on) {
    return statistics.membersOn(cell, on).stream()
        .filter(m -> m.status() == MemberStatus.OFFICIAL)
        .map(MemberStatistics.OnDay::fullName)
        .toList();
  }

  private long termOf(long cell) {
    return terms.history(cell, ALL).get(0).id();
  }
}
