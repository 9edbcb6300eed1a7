package vn.dangbo.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Demo;
import vn.dangbo.Waiting;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.identity.OrganizationScope;

/**
 * The organisations a commune's user sees are read once a day and kept until the tree changes: a
 * cell that ends, a cell renamed (a new scope, such as one with a new cell, is another key). The
 * changes are committed (announcements go out at commit) and undone after; a transaction that
 * writes reads the tree afresh.
 */
@SpringBootTest
class KeptTreeTests {

  @Autowired Organizations organizations;
  @Autowired FigureCache changes;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Demo demo;

  private long taXua;
  private OrganizationScope office;

  @BeforeEach
  void hearingChanges() {
    Waiting.until(() -> changes.mark().isPresent(), "the announcements to be heard");
    taXua = demo.code("TX");
    var subtree = organizations.everBelowOrSucceededBy(taXua);
    office = new OrganizationScope(false, subtree, subtree, Set.of(taXua));
  }

  @Test
  void theSameTreeIsServedWhileNothingChanges() {
    var tree = organizations.treeOn(LocalDate.now(), office);
    assertThat(tree).isNotEmpty();
    assertThat(organizations.treeOn(LocalDate.now(), office)).isSameAs(tree);
    assertThat(organizations.treeOn(LocalDate.now().minusYears(1), office)).isNotSameAs(tree);
  }

  @Test
  void aCellThatEndsTodayLeavesTheTreeAndComesBackWhenOpenedAgain() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    assertThat(ids(LocalDate.now())).contains(cell);

    demo.end(cell, LocalDate.now());
    try {
      Waiting.until(() -> !ids(LocalDate.now()).contains(cell), "the ended cell out of the tree");
      assertThat(ids(LocalDate.now().minusDays(1))).contains(cell);
    } finally {
      demo.end(cell, null);
    }
    Waiting.until(() -> ids(LocalDate.now()).contains(cell), "the cell back in the tree");
  }

  @Test
  void aRenamedCellShowsItsNewNameAlsoInTheTransactionThatRenamesIt() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    assertThat(name(cell)).isEqualTo("Chi bộ bản Làng Chếu");

    transactions.executeWithoutResult(
        status -> {
          rename(cell, "Chi bộ bản Làng Chếu mới");
          assertThat(name(cell)).isEqualTo("Chi bộ bản Làng Chếu mới");
          status.setRollbackOnly();
        });
    assertThat(name(cell)).isEqualTo("Chi bộ bản Làng Chếu");

    rename(cell, "Chi bộ bản Làng Chếu mới");
    try {
      Waiting.until(() -> name(cell).endsWith("mới"), "the new name in the tree");
    } finally {
      jdbc.sql("delete from organization_version where organization_id = :id and valid_from = :on")
          .param("id", cell)
          .param("on", LocalDate.now())
          .update();
      jdbc.sql(
              "update organization_version set valid_to = null where organization_id = :id"
                  + " and valid_to = :on")
          .param("id", cell)
          .param("on", LocalDate.now())
          .update();
    }
    Waiting.until(() -> !name(cell).endsWith("mới"), "the old name back in the tree");
  }

  private String name(long cell) {
    return organizations.treeOn(LocalDate.now(), office).stream()
        .filter(node -> node.id() == cell)
        .findFirst()
        .orElseThrow()
        .name();
  }

  /** A new version of the organisation from today with the name, under the same parent. */
  private void rename(long organization, String name) {
    jdbc.sql(
            "update organization_version set valid_to = :on where organization_id = :id"
                + " and valid_to is null")
        .param("id", organization)
        .param("on", LocalDate.now())
        .update();
    jdbc.sql(
            """
            insert into organization_version (organization_id, name, parent_id, valid_from)
            select organization_id, :name, parent_id, :on from organization_version
            where organization_id = :id and valid_to = :on
            """)
        .param("id", organization)
        .param("name", name)
        .param("on", LocalDate.now())
        .update();
  }

  private Set<Long> ids(LocalDate day) {
    return Set.copyOf(
        organizations.treeOn(day, office).stream().map(OrganizationNode::id).toList());
  }
}
