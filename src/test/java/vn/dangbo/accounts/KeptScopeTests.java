package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.Demo;
import vn.dangbo.Waiting;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.identity.OrganizationScope;

/**
 * A user's scope is computed once and served again on the next pages, until the database announces
 * a change to what it was read from: a new cell, a cell that ends, a committee member's assignment.
 * The changes here are committed (announcements go out at commit) and undone after.
 */
@SpringBootTest
class KeptScopeTests {

  @Autowired UserAccounts accounts;
  @Autowired Scopes scopes;
  @Autowired FigureCache changes;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @BeforeEach
  void hearingChanges() {
    Waiting.until(() -> changes.mark().isPresent(), "the announcements to be heard");
  }

  @Test
  void theSameScopeIsServedWhileNothingChanges() {
    var office = scope("vanphong.taxua");
    assertThat(scope("vanphong.taxua")).isSameAs(office);
    assertThat(scope("bithu.langcheu")).isSameAs(scope("bithu.langcheu"));
    assertThat(scope("admin")).isEqualTo(OrganizationScope.all());
  }

  @Test
  void aCommitteeMemberSeesACellAssignedToThemAndNoLongerOneTakenAway() {
    long cell = demo.named("Chi bộ bản Háng Đồng");
    var before = scope("phutrach.my");
    assertThat(before.canSee(cell)).isFalse();
    long member = accounts.findByUsername("phutrach.my").orElseThrow().committeeMemberId();

    long assignment =
        jdbc.sql(
                "insert into cell_assignment (committee_member_id, cell_id, valid_from)"
                    + " values (:member, :cell, :from) returning id")
            .param("member", member)
            .param("cell", cell)
            .param("from", LocalDate.now().minusDays(1))
            .query(Long.class)
            .single();
    try {
      Waiting.until(() -> scope("phutrach.my").canSee(cell), "the assigned cell in the scope");
    } finally {
      jdbc.sql("delete from cell_assignment where id = :id").param("id", assignment).update();
    }
    Waiting.until(() -> !scope("phutrach.my").canSee(cell), "the cell gone from the scope");
    assertThat(scope("phutrach.my").visible()).isEqualTo(before.visible());
  }

  @Test
  void aCellThatEndsTodayLeavesItsSecretaryReadingOnly() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    assertThat(scope("bithu.langcheu").hasEnded()).isFalse();

    demo.end(cell, LocalDate.now());
    try {
      Waiting.until(() -> scope("bithu.langcheu").hasEnded(), "the ended cell's scope");
    } finally {
      demo.end(cell, null);
    }
    Waiting.until(() -> !scope("bithu.langcheu").hasEnded(), "the cell open again");
  }

  @Test
  void aNewCellUnderTheCommuneIsInItsOfficesScope() {
    long taXua = demo.code("TX");
    var before = scope("vanphong.taxua");
    long cell =
        jdbc.sql(
                "insert into organization (code, kind, cell_type, valid_from)"
                    + " values ('TX-TEST', 'CELL', 'VILLAGE', :from) returning id")
            .param("from", LocalDate.now())
            .query(Long.class)
            .single();
    try {
      jdbc.sql(
              "insert into organization_version (organization_id, name, parent_id, valid_from)"
                  + " values (:cell, 'Chi bộ thử', :parent, :from)")
          .param("cell", cell)
          .param("parent", taXua)
          .param("from", LocalDate.now())
          .update();
      Waiting.until(
          () -> scope("vanphong.taxua").canSee(cell), "the new cell in the office's scope");
      assertThat(before.canSee(cell)).isFalse();
    } finally {
      jdbc.sql("delete from organization_version where organization_id = :id")
          .param("id", cell)
          .update();
      jdbc.sql("delete from organization where id = :id").param("id", cell).update();
    }
    Waiting.until(() -> !scope("vanphong.taxua").canSee(cell), "the removed cell out of the scope");
  }

  private OrganizationScope scope(String username) {
    return scopes.of(accounts.findByUsername(username).orElseThrow());
  }
}
