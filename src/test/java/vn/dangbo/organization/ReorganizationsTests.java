package vn.dangbo.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dangbo.Demo.AFTER_MERGER;
import static vn.dangbo.Demo.BEFORE_MERGER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.RefusedException;

/** The tree keeps its history through the 2025 merger and every other reorganisation. */
@SpringBootTest
@Transactional
class ReorganizationsTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate START = LocalDate.of(2020, 1, 1);

  @Autowired Organizations organizations;
  @Autowired OrganizationHistory history;
  @Autowired Reorganizations reorganizations;
  @Autowired OrganizationSummaries summaries;
  @Autowired Demo demo;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void langCheuHadFourteenCellsBeforeTheMergerAndNoneAfter() {
    long langCheu = demo.code("LC");

    var before = summaries.of(langCheu, BEFORE_MERGER, ALL);
    assertThat(before.cells()).isEqualTo(14);
    assertThat(before.cellsByType()).containsEntry(CellType.VILLAGE, 9);
    assertThat(organizations.findOn(langCheu, AFTER_MERGER, ALL)).isEmpty();
    assertThat(organizations.successors(langCheu))
        .extracting(OrganizationNode::name)
        .containsExactly("Đảng bộ xã Tà Xùa");
  }

  @Test
  void newTaXuaInheritsTheCellsOfAllThreeCommunes() {
    long taXua = demo.code("TX");

    assertThat(summaries.of(taXua, AFTER_MERGER, ALL).cells()).isEqualTo(20);
    assertThat(organizations.findOn(taXua, BEFORE_MERGER, ALL)).isEmpty();
    assertThat(organizations.predecessors(taXua))
        .extracting(OrganizationNode::code)
        .containsExactlyInAnyOrder("LC", "HD", "TXC");
  }

  @Test
  void theTreeOnADayShowsTheNamesOfThatDay() {
    long school = demo.named("Chi bộ Trường Tiểu học Làng Chếu");

    assertThat(organizations.findOn(school, BEFORE_MERGER, ALL).orElseThrow().name())
        .isEqualTo("Chi bộ Trường Tiểu học Làng Chếu");
    assertThat(organizations.findOn(school, LocalDate.of(2025, 10, 1), ALL).orElseThrow().name())
        .isEqualTo("Chi bộ Trường PTDTBT Tiểu học Làng Chếu");
    assertThat(organizations.findOn(school, BEFORE_MERGER, ALL).orElseThrow().parentId())
        .isEqualTo(demo.code("LC"));
    assertThat(organizations.findOn(school, AFTER_MERGER, ALL).orElseThrow().parentId())
        .isEqualTo(demo.code("TX"));
    assertThat(history.names(school, ALL)).hasSize(3);
  }

  @Test
  void theDistrictIsKeptOnlyAsHistory() {
    long district = demo.code("BY");

    assertThat(organizations.findOn(district, BEFORE_MERGER, ALL)).isPresent();
    assertThat(organizations.treeOn(AFTER_MERGER, ALL))
        .extracting(OrganizationNode::id)
        .doesNotContain(district);
  }

  @Test
  void mergeMovesChildrenAndKeepsTheOldTreeReadable() {
    long province = newCommittee("Tỉnh thử", null);
    long a = newCommittee("Xã A", province);
    long b = newCommittee("Xã B", province);
    long cellA = cell("Chi bộ bản A", a);
    long cellB = cell("Chi bộ bản B", b);
    LocalDate mergedOn = LocalDate.of(2025, 7, 1);

    long ab =
        reorganizations.merge(
            List.of(a, b),
            NewOrganization.committee("Xã AB", AdministrativeLevel.COMMUNE, true, province),
            mergedOn,
            DecisionRef.NONE,
            ALL,
            "test");

    assertThat(organizations.childrenOn(ab, mergedOn))
        .extracting(OrganizationNode::id)
        .containsExactlyInAnyOrder(cellA, cellB);
    assertThat(organizations.childrenOn(a, mergedOn.minusDays(1)))
        .extracting(OrganizationNode::id)
        .containsExactly(cellA);
    assertThat(organizations.findOn(a, mergedOn, ALL)).isEmpty();
  }

  @Test
  void splitHandsEachChildToExactlyOnePart() {
    long province = newCommittee("Tỉnh thử", null);
    long commune = newCommittee("Xã C", province);
    long one = cell("Chi bộ 1", commune);
    long two = cell("Chi bộ 2", commune);
    var on = LocalDate.of(2024, 1, 1);
    var east = NewOrganization.committee("Xã C Đông", AdministrativeLevel.COMMUNE, true, province);
    var west = NewOrganization.committee("Xã C Tây", AdministrativeLevel.COMMUNE, true, province);

    assertThatThrownBy(
            () ->
                reorganizations.split(
                    commune,
                    List.of(new SplitPart(east, List.of(one)), new SplitPart(west, List.of())),
                    on,
                    DecisionRef.NONE,
                    ALL,
                    "test"))
        .isInstanceOf(RefusedException.class)
        .hasMessage("organization.refused.splitChildrenUnassigned");

    var parts =
        reorganizations.split(
            commune,
            List.of(new SplitPart(east, List.of(one)), new SplitPart(west, List.of(two))),
            on,
            DecisionRef.NONE,
            ALL,
            "test");
    assertThat(organizations.findOn(one, on, ALL).orElseThrow().parentId()).isEqualTo(parts.get(0));
    assertThat(organizations.findOn(two, on, ALL).orElseThrow().parentId()).isEqualTo(parts.get(1));
    assertThat(organizations.successors(commune)).hasSize(2);
  }

  @Test
  void refusesChangesDatedBeforeTheLastChange() {
    long province = newCommittee("Tỉnh thử", null);
    long commune = newCommittee("Xã D", province);
    reorganizations.rename(commune, "Xã D mới", LocalDate.of(2023, 5, 1), null, ALL, "test");

    assertThatThrownBy(
            () ->
                reorganizations.rename(
                    commune, "Xã D cũ", LocalDate.of(2022, 1, 1), null, ALL, "test"))
        .isInstanceOf(RefusedException.class)
        .hasMessage("organization.refused.beforeLastChange");
  }

  @Test
  void refusesToDissolveAnOrganizationThatStillHasChildren() {
    long province = newCommittee("Tỉnh thử", null);
    long commune = newCommittee("Xã E", province);
    cell("Chi bộ E", commune);

    assertThatThrownBy(
            () -> reorganizations.dissolve(commune, LocalDate.of(2024, 1, 1), null, ALL, "test"))
        .isInstanceOf(RefusedException.class)
        .hasMessage("organization.refused.hasChildren");
  }

  @Test
  void refusesToMoveUnderACellOrUnderItsOwnDescendant() {
    long province = newCommittee("Tỉnh thử", null);
    long commune = newCommittee("Xã F", province);
    long partial = partialCommittee("Đảng bộ bộ phận F", commune);
    long cell = cell("Chi bộ F", commune);
    var on = LocalDate.of(2024, 1, 1);

    assertThatThrownBy(() -> reorganizations.move(commune, partial, on, null, ALL, "test"))
        .hasMessage("organization.refused.cycle");
    assertThatThrownBy(() -> reorganizations.move(partial, cell, on, null, ALL, "test"))
        .hasMessage("organization.refused.parentIsCell");
  }

  @Test
  void anOfficeCannotReorganizeItsOwnCommune() {
    long province = newCommittee("Tỉnh thử", null);
    long commune = newCommittee("Xã G", province);
    long cell = cell("Chi bộ G", commune);
    var office =
        new OrganizationScope(
            false,
            java.util.Set.of(commune, cell),
            java.util.Set.of(commune, cell),
            java.util.Set.of(commune));

    assertThatThrownBy(
            () ->
                reorganizations.rename(
                    commune, "Xã G2", LocalDate.of(2024, 1, 1), null, office, "test"))
        .isInstanceOf(ForbiddenException.class);
    reorganizations.rename(cell, "Chi bộ G2", LocalDate.of(2024, 1, 1), null, office, "test");
    assertThat(organizations.findOn(cell, LocalDate.of(2024, 1, 1), ALL).orElseThrow().name())
        .isEqualTo("Chi bộ G2");
  }

  @Test
  void
      foundingUnderAParentOutsideTheScopeIsNotFoundAndWithoutADayIsRefusedBeforeAnythingIsWritten() {
    long province = newCommittee("Tỉnh thử H", null);
    long commune = newCommittee("Xã H", province);
    long other = newCommittee("Xã I", province);
    var office =
        new OrganizationScope(
            false, java.util.Set.of(commune), java.util.Set.of(commune), java.util.Set.of(commune));
    long reorganizationsBefore = reorganizationCount();

    // a parent the office cannot see answers as a missing one would, not "forbidden"
    assertThatThrownBy(
            () ->
                reorganizations.found(
                    NewOrganization.cell("Chi bộ I1", CellType.VILLAGE, other),
                    START,
                    null,
                    office,
                    "test"))
        .isInstanceOf(vn.dangbo.shared.NotFoundException.class);
    assertThatThrownBy(
            () ->
                reorganizations.found(
                    NewOrganization.cell("Chi bộ H1", CellType.VILLAGE, commune),
                    null,
                    null,
                    office,
                    "test"))
        .isInstanceOf(RefusedException.class)
        .hasMessageContaining("organization.refused.dateRequired");
    assertThat(reorganizationCount()).isEqualTo(reorganizationsBefore);
  }

  private long reorganizationCount() {
    return jdbc.sql("select count(*) from reorganization").query(Long.class).single();
  }

  @Test
  void theAncestorTableAgreesWithTheVersionsOnEveryDayOfEveryKindOfChange() {
    long province = newCommittee("Tỉnh thử", null);
    long a = newCommittee("Xã A", province);
    long b = newCommittee("Xã B", province);
    long partial = partialCommittee("Đảng bộ bộ phận A", a);
    long inPartial = cell("Chi bộ trong bộ phận", partial);
    long inA = cell("Chi bộ A", a);
    long inB = cell("Chi bộ B", b);
    var days = new java.util.ArrayList<LocalDate>();
    days.add(START);
    var renamed = LocalDate.of(2021, 3, 1);
    reorganizations.rename(province, "Tỉnh thử mới", renamed, null, ALL, "test");
    var moved = LocalDate.of(2022, 5, 1);
    reorganizations.move(partial, b, moved, null, ALL, "test");
    var dissolved = LocalDate.of(2023, 1, 1);
    reorganizations.dissolve(inA, dissolved, null, ALL, "test");
    var merged = LocalDate.of(2025, 7, 1);
    long ab =
        reorganizations.merge(
            List.of(a, b),
            NewOrganization.committee("Xã AB", AdministrativeLevel.COMMUNE, true, province),
            merged,
            DecisionRef.NONE,
            ALL,
            "test");
    for (var change : List.of(renamed, moved, dissolved, merged)) {
      days.add(change.minusDays(1));
      days.add(change);
    }

    int compared = 0;
    var below = new java.util.HashMap<String, List<OrganizationNode>>();
    for (var day : days) {
      for (long id : List.of(province, a, b, partial, ab, inPartial, inA, inB)) {
        below.put(id + "@" + day, organizations.descendantsOn(id, day));
        assertThat(organizations.descendantsOn(id, day))
            .as("below %d on %s", id, day)
            .extracting(OrganizationNode::id)
            .containsExactlyInAnyOrderElementsOf(belowByChildren(id, day));
        assertThat(organizations.selfAndAncestorsOn(id, day))
            .as("above %d on %s", id, day)
            .containsExactlyElementsOf(upByParents(id, day));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(9 * 8);
    // in a read-only transaction each subtree is read once with every version's days and
    // filtered per day: the same nodes in the same order
    TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
    try {
      below.forEach(
          (idOnDay, nodes) -> {
            long id = Long.parseLong(idOnDay.substring(0, idOnDay.indexOf('@')));
            var day = LocalDate.parse(idOnDay.substring(idOnDay.indexOf('@') + 1));
            assertThat(organizations.descendantsOn(id, day)).as(idOnDay).isEqualTo(nodes);
          });
    } finally {
      TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }
    assertThat(organizations.descendantsOn(province, merged.minusDays(1)))
        .extracting(OrganizationNode::id)
        .containsExactlyInAnyOrder(a, b, partial, inPartial, inB);
    assertThat(organizations.selfAndAncestorsOn(inPartial, merged))
        .containsExactly(inPartial, partial, ab, province);
  }

  /** Everything below, found by asking for children level by level. */
  private List<Long> belowByChildren(long id, LocalDate on) {
    var found = new java.util.ArrayList<Long>();
    for (var child : organizations.childrenOn(id, on)) {
      found.add(child.id());
      found.addAll(belowByChildren(child.id(), on));
    }
    return found;
  }

  /** The organisation and its parents, found by following each one's version of the day. */
  private List<Long> upByParents(long id, LocalDate on) {
    var path = new java.util.ArrayList<Long>(List.of(id));
    var node = organizations.findOn(id, on, ALL);
    while (node.isPresent() && node.get().parentId() != null) {
      path.add(node.get().parentId());
      node = organizations.findOn(node.get().parentId(), on, ALL);
    }
    return path;
  }

  private long newCommittee(String name, Long parent) {
    var level = parent == null ? AdministrativeLevel.PROVINCE : AdministrativeLevel.COMMUNE;
    return reorganizations.found(
        NewOrganization.committee(name, level, parent != null, parent), START, null, ALL, "test");
  }

  private long partialCommittee(String name, long parent) {
    return reorganizations.found(
        new NewOrganization(
            name, OrganizationKind.PARTIAL_COMMITTEE, null, false, null, parent, null),
        START,
        null,
        ALL,
        "test");
  }

  private long cell(String name, long parent) {
    return reorganizations.found(
        NewOrganization.cell(name, CellType.VILLAGE, parent), START, null, ALL, "test");
  }
}
