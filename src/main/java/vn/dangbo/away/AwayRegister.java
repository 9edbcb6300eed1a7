package vn.dangbo.away;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Members;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.NotFoundException;

/**
 * The register of members working away: recorded, contacted and ended by whoever manages the
 * member's cell; read by whoever may read the cell's records; the members away without contact for
 * longer than the rule's months (a reminder for the secretary); a commune's totals by cell and by
 * destination.
 */
@Service
public class AwayRegister {

  private final AbsenceRepository repository;
  private final Members members;
  private final Organizations organizations;
  private final RuleBook rules;
  private final Clock clock;

  AwayRegister(
      AbsenceRepository repository,
      Members members,
      Organizations organizations,
      RuleBook rules,
      Clock clock) {
    this.repository = repository;
    this.members = members;
    this.organizations = organizations;
    this.rules = rules;
    this.clock = clock;
  }

  /** An absence with whether the cell has been out of touch for too long. */
  public record Line(Absence absence, boolean silent) {}

  /** A commune's members away: by cell, and by where they are. */
  public record Totals(
      Map<String, Integer> byCell, Map<String, Integer> byDestination, int total) {}

  /** Records that the member is away; answers the absence's id. */
  @Transactional
  public long record(long memberId, Absence.Details details, OrganizationScope scope, String by) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    long cell = member.record().cellId();
    scope.requireManager(cell);
    var absence = Absence.open(memberId, cell, details, today());
    if (repository.away(memberId)) {
      throw new vn.dangbo.shared.RefusedException("away.refused.alreadyAway");
    }
    return repository.add(absence, by);
  }

  /** The cell was in touch with the member on the day. */
  @Transactional
  public Absence contacted(long absenceId, LocalDate on, OrganizationScope scope) {
    var absence = managed(absenceId, scope).contacted(on, today());
    repository.save(absence);
    return absence;
  }

  /** The member came back on the day. */
  @Transactional
  public Absence returned(long absenceId, LocalDate on, OrganizationScope scope) {
    var absence = managed(absenceId, scope).returned(on, today());
    repository.save(absence);
    return absence;
  }

  /** The cell's members away, and those back in the last three months. */
  @Transactional(readOnly = true)
  public List<Line> register(long cellId, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(cellId)) {
      throw new NotFoundException("organization.notFound");
    }
    LocalDate today = today();
    int months = noContactMonths(today);
    return repository.ofCells(List.of(cellId), today.minusMonths(3)).stream()
        .map(a -> new Line(a, a.silent(today, months)))
        .toList();
  }

  /** The members away in the user's cells with whom the cell has been out of touch too long. */
  @Transactional(readOnly = true)
  public List<Absence> silent(OrganizationScope scope) {
    if (!scope.personalRecords()) {
      return List.of();
    }
    LocalDate today = today();
    int months = noContactMonths(today);
    var open =
        scope.everything() ? repository.allOpen() : repository.ofCells(scope.visible(), today);
    return open.stream().filter(a -> a.silent(today, months) && scope.canSee(a.cellId())).toList();
  }

  /** The members away now in the cells under the organisation (a commune), by cell and place. */
  @Transactional(readOnly = true)
  public Totals totals(long organizationId, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    LocalDate today = today();
    var cells = organizations.cellsUnder(organizationId, today);
    var names = new TreeMap<Long, String>();
    cells.forEach(c -> names.put(c.id(), c.name()));
    var byCell = new java.util.LinkedHashMap<String, Integer>();
    var byDestination = new TreeMap<String, Integer>();
    int total = 0;
    for (var absence : repository.ofCells(names.keySet(), today.plusDays(1))) {
      if (!absence.open()) {
        continue;
      }
      byCell.merge(names.get(absence.cellId()), 1, Integer::sum);
      byDestination.merge(absence.destination(), 1, Integer::sum);
      total++;
    }
    return new Totals(byCell, byDestination, total);
  }

  private Absence managed(long absenceId, OrganizationScope scope) {
    var absence =
        repository
            .find(absenceId)
            .filter(a -> scope.canSee(a.cellId()) && scope.personalRecords())
            .orElseThrow(() -> new NotFoundException("away.notFound"));
    scope.requireManager(absence.cellId());
    return absence;
  }

  private int noContactMonths(LocalDate today) {
    return rules.at(today, RuleKey.AWAY_NO_CONTACT_MONTHS).asInt();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
