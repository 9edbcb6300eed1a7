package vn.dangbo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.DangboApplication;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberFixtures;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Transfers;
import vn.dangbo.shared.DecisionRef;

/**
 * A member's own account follows them to a new cell through the {@code MemberPlaced} event, after
 * the move is committed; when that work fails, the event publication registry keeps it, and the
 * next start of dangbo completes it. Not transactional: the listener runs only after a commit. The
 * member and account are removed afterwards.
 */
@SpringBootTest
class MemberAccountFollowsTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final DecisionRef LETTER =
      new DecisionRef("46-GGT/ĐU", LocalDate.of(2025, 3, 1), "Đảng ủy xã Tà Xùa");

  @Autowired MemberRegistry registry;
  @Autowired Members members;
  @Autowired Transfers transfers;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  private Long member;

  @Test
  void theAccountFollowsItsMemberToTheNewCell() {
    long be = demo.named("Chi bộ bản Bẹ");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    member = memberWithAccount("Giàng A Dế", "014090000021", be);

    transfers.move(member, version(), hangDong, LocalDate.now(), LETTER, null, ALL, "test");

    awaitUntil(() -> anchor() == hangDong);
    // the publication is marked complete just after the listener's transaction commits
    awaitUntil(() -> incomplete() == 0);
  }

  @Test
  void aFollowThatFailedIsCompletedWhenDangboStartsAgain() {
    long be = demo.named("Chi bộ bản Bẹ");
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    member = memberWithAccount("Giàng A Dơ", "014090000022", be);
    // the listener's work dies once: the database refuses its write
    jdbc.sql(
            """
            create function test_refuse_account_update() returns trigger language plpgsql as $$
            begin raise exception 'the listener dies'; end $$
            """)
        .update();
    jdbc.sql(
            "create trigger test_refuse_account_update before update on user_account"
                + " for each row execute function test_refuse_account_update()")
        .update();
    try {
      transfers.move(member, version(), hangDong, LocalDate.now(), LETTER, null, ALL, "test");

      awaitUntil(() -> failed() == 1);
      assertThat(anchor()).isEqualTo(be);
    } finally {
      jdbc.sql("drop trigger test_refuse_account_update on user_account").update();
      jdbc.sql("drop function test_refuse_account_update()").update();
    }
    assertThat(incomplete()).isEqualTo(1);

    try (var restarted =
        new SpringApplicationBuilder(DangboApplication.class).properties("server.port=0").run()) {
      awaitUntil(() -> anchor() == hangDong && incomplete() == 0);
    }
  }

  @AfterEach
  void removeTheMember() {
    if (member != null) {
      jdbc.sql("delete from user_account where member_id = :id").param("id", member).update();
      jdbc.sql("delete from member_status_change where member_id = :id")
          .param("id", member)
          .update();
      jdbc.sql("delete from member where id = :id").param("id", member).update();
    }
  }

  private long memberWithAccount(String name, String citizenId, long cell) {
    long id =
        registry.open(
            MemberFixtures.admittedAt(name, cell, LocalDate.of(2019, 5, 30)),
            MemberStatus.OFFICIAL,
            LocalDate.of(2020, 1, 1),
            LETTER,
            false,
            ALL,
            "test");
    jdbc.sql(
            """
            insert into user_account (username, display_name, password_hash, role,
              organization_id, member_id)
            values (:username, :name, '{noop}x', 'MEMBER', :cell, :member)
            """)
        .param("username", "test." + citizenId)
        .param("name", name)
        .param("cell", cell)
        .param("member", id)
        .update();
    return id;
  }

  private int version() {
    return members.find(member, ALL).orElseThrow().version();
  }

  private long anchor() {
    return jdbc.sql("select organization_id from user_account where member_id = :member")
        .param("member", member)
        .query(Long.class)
        .single();
  }

  /** Publications of this member's placement not yet completed. */
  private int incomplete() {
    return publications("completion_date is null");
  }

  private int failed() {
    return publications("status = 'FAILED'");
  }

  private int publications(String condition) {
    return jdbc.sql(
            "select count(*) from event_publication where event_type like '%MemberPlaced'"
                + " and serialized_event like :member and "
                + condition)
        .param("member", "%\"memberId\":" + member + ",%")
        .query(Integer.class)
        .single();
  }

  private static void awaitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
