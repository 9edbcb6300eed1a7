package vn.dangbo.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.organization.CellType;
import vn.dangbo.organization.OrganizationKind;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.shared.Period;

class TreeNodeTests {

  @Test
  void nodesWhoseParentIsOutOfSightBecomeRoots() {
    var commune = node(2, null, OrganizationKind.COMMITTEE);
    var cell = node(3, 2L, OrganizationKind.CELL);
    var orphan = node(4, 99L, OrganizationKind.CELL);

    var roots = TreeNode.nest(List.of(commune, cell, orphan));

    assertThat(roots).extracting(t -> t.node().id()).containsExactly(2L, 4L);
    assertThat(roots.get(0).children()).extracting(t -> t.node().id()).containsExactly(3L);
  }

  private static OrganizationNode node(long id, Long parent, OrganizationKind kind) {
    return new OrganizationNode(
        id,
        null,
        "n" + id,
        kind,
        null,
        false,
        kind == OrganizationKind.CELL ? CellType.VILLAGE : null,
        parent,
        Period.from(LocalDate.of(2000, 1, 1)));
  }
}
