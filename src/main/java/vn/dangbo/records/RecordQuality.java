package vn.dangbo.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.Members;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PersonName;

/**
 * The quality of the records of a cell or a commune: each record's completeness against the
 * national database's sheet, the records to fix (worst first), the possible duplicates across cells
 * (the same citizen ID, or the same name and birth date), and the complete records for the export.
 */
@Service
public class RecordQuality {

  private final Members members;
  private final MemberStatistics statistics;
  private final Organizations organizations;
  private final Clock clock;

  RecordQuality(
      Members members, MemberStatistics statistics, Organizations organizations, Clock clock) {
    this.members = members;
    this.statistics = statistics;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** A cell's or a commune's records: those to fix, worst first, and the counts. */
  public record Quality(
      String organizationName, int records, int complete, List<RecordCheck> toFix) {}

  @Transactional(readOnly = true)
  public Quality of(long organizationId, OrganizationScope scope) {
    var checked = checked(organizationId, scope);
    var toFix =
        checked.checks().stream()
            .filter(c -> !c.complete())
            .sorted(
                Comparator.comparingInt(RecordCheck::score)
                    .thenComparing(c -> -c.duplicates().size())
                    .thenComparing(RecordCheck::fullName))
            .toList();
    return new Quality(
        checked.name(), checked.checks().size(), checked.checks().size() - toFix.size(), toFix);
  }

  /** The complete records, for the export of the national database's fields, by cell and name. */
  @Transactional(readOnly = true)
  public List<Member> complete(long organizationId, OrganizationScope scope) {
    var checked = checked(organizationId, scope);
    return checked.checks().stream()
        .filter(RecordCheck::complete)
        .map(c -> checked.members().get(c.memberId()))
        .sorted(Comparator.comparing(Member::cellName).thenComparing(Member::fullName))
        .toList();
  }

  private record Checked(String name, Map<Long, Member> members, List<RecordCheck> checks) {}

  private Checked checked(long organizationId, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    LocalDate today = LocalDate.now(clock);
    var self =
        organizations
            .findOn(organizationId, today, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    var cells =
        self.isCell()
            ? List.of(self.id())
            : organizations.cellsUnder(organizationId, today).stream()
                .map(OrganizationNode::id)
                .filter(scope::canSee)
                .toList();
    var ids =
        statistics.membersOn(cells, today).values().stream()
            .flatMap(List::stream)
            .map(MemberStatistics.OnDay::memberId)
            .distinct()
            .toList();
    var found = members.findAll(ids, scope);
    var byKey = new HashMap<String, List<Member>>();
    for (var m : found.values()) {
      if (m.record().citizenId() != null) {
        byKey.computeIfAbsent("id:" + m.record().citizenId(), k -> new ArrayList<>()).add(m);
      }
      byKey
          .computeIfAbsent(
              "name:" + PersonName.searchKey(m.fullName()) + "|" + m.record().birthDate(),
              k -> new ArrayList<>())
          .add(m);
    }
    var checks = new ArrayList<RecordCheck>();
    for (var m : found.values()) {
      var others = new ArrayList<String>();
      for (var group : byKey.values()) {
        if (group.size() > 1 && group.contains(m)) {
          group.stream()
              .filter(o -> o.id() != m.id())
              .map(o -> o.fullName() + " (" + o.cellName() + ")")
              .filter(s -> !others.contains(s))
              .forEach(others::add);
        }
      }
      checks.add(RecordCheck.of(m).withDuplicates(others));
    }
    return new Checked(self.name(), found, checks);
  }
}
