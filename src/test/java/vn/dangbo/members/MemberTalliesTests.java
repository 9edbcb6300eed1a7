package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.Demo;
import vn.dangbo.Waiting;

/**
 * The member figures of today are added up from each cell's kept tally; whatever changes members
 * (here straight SQL, which every way of writing them comes down to), the tallies answer what a
 * full count of the members answers. The changes are committed (a tally is kept by its own
 * transaction) and the members put back after each test.
 */
@SpringBootTest
class MemberTalliesTests {

  private static final String[] STATUSES = {
    "OFFICIAL",
    "PROBATIONARY",
    "EXEMPTED",
    "TEMPORARILY_EXEMPTED",
    "ATTACHED_HERE",
    "ATTACHED_ELSEWHERE",
    "TRANSFERRED_OUT",
    "DECEASED"
  };
  private static final String[] EDUCATION = {null, "5/12", "9/12", "12/12", "10/10", "lớp 7"};

  @Autowired MemberStatistics statistics;
  @Autowired MemberTallies tallies;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Demo demo;

  private List<Long> cells;
  private final LocalDate today = LocalDate.now();

  @BeforeEach
  void keepTheMembers() {
    cells =
        jdbc.sql(
                "select distinct cell_id from member where cell_id in (select organization_id"
                    + " from organization_ancestor where ancestor_id = :tx) order by cell_id")
            .param("tx", demo.code("TX"))
            .query(Long.class)
            .list();
    jdbc.sql(
            "create table kept_member as select id, status, cell_id, sex, birth_date,"
                + " ethnicity_code, general_education, home_place_id, admission_decision_date"
                + " from member")
        .update();
  }

  @AfterEach
  void putTheMembersBack() {
    jdbc.sql(
            """
            update member m set status = k.status, cell_id = k.cell_id, sex = k.sex,
              birth_date = k.birth_date, ethnicity_code = k.ethnicity_code,
              general_education = k.general_education, home_place_id = k.home_place_id,
              admission_decision_date = k.admission_decision_date
            from kept_member k where k.id = m.id
              and (m.status, m.cell_id, m.sex, m.birth_date, m.ethnicity_code,
                   m.general_education, m.home_place_id, m.admission_decision_date)
                  is distinct from (k.status, k.cell_id, k.sex, k.birth_date, k.ethnicity_code,
                   k.general_education, k.home_place_id, k.admission_decision_date)
            """)
        .update();
    jdbc.sql("drop table kept_member").update();
  }

  @Test
  void theTalliesEqualAFullCountAfterARandomSequenceOfChanges() {
    var random = new Random(20261207);
    var members =
        jdbc.sql("select id from member where cell_id = any(:cells) order by id")
            .param("cells", cells.toArray(Long[]::new))
            .query(Long.class)
            .list();
    var places = jdbc.sql("select id from place order by id").query(Long.class).list();
    var ethnicGroups =
        jdbc.sql("select code from ethnicity order by code").query(Integer.class).list();
    assertThat(statistics.overview(cells, today)).isEqualTo(statistics.counted(cells, today));

    for (int change = 1; change <= 300; change++) {
      long member = members.get(random.nextInt(members.size()));
      switch (random.nextInt(7)) {
        case 0 -> set(member, "cell_id", cells.get(random.nextInt(cells.size())));
        case 1 -> set(member, "status", STATUSES[random.nextInt(STATUSES.length)]);
        case 2 -> set(member, "sex", random.nextBoolean() ? "MALE" : "FEMALE");
        // earlier than any admission: a member's age moves across the bands
        case 3 ->
            set(
                member,
                "birth_date",
                LocalDate.of(1940 + random.nextInt(45), 1, 1).plusDays(random.nextInt(365)));
        case 4 ->
            set(member, "ethnicity_code", ethnicGroups.get(random.nextInt(ethnicGroups.size())));
        case 5 -> set(member, "general_education", EDUCATION[random.nextInt(EDUCATION.length)]);
        default ->
            set(
                member,
                "home_place_id",
                random.nextInt(4) == 0 ? null : places.get(random.nextInt(places.size())));
      }
      if (change % 25 == 0) {
        // the changed cells counted from their members, the others from their kept rows
        assertThat(statistics.overview(cells, today))
            .as("after %d changes", change)
            .isEqualTo(statistics.counted(cells, today));
        // then every cell from its kept row, once the background has kept them
        Waiting.until(() -> kept() == cells.size(), "every cell kept");
        assertThat(statistics.overview(cells, today))
            .as("from the kept rows after %d changes", change)
            .isEqualTo(statistics.counted(cells, today));
        long cell = cells.get(random.nextInt(cells.size()));
        assertThat(statistics.overview(List.of(cell), today))
            .as("one cell after %d changes", change)
            .isEqualTo(statistics.counted(List.of(cell), today));
      }
    }
    assertThat(kept()).as("the check below has rows to compare").isEqualTo(cells.size());
    assertThat(tallies.check()).as("cells whose kept figures differ from a full count").isZero();
  }

  @Test
  void aReadCountsTheChangedCellsAndKeepsThemForTheNextRead() {
    tallies.keep(cells);
    assertThat(stale()).isEmpty();
    long member = memberOf(cells.get(0));

    jdbc.sql(
            "update member set sex = case sex when 'MALE' then 'FEMALE' else 'MALE' end"
                + " where id = :id")
        .param("id", member)
        .update();
    assertThat(stale()).containsExactly(cells.get(0));
    set(member, "cell_id", cells.get(1));
    assertThat(stale()).containsExactlyInAnyOrder(cells.get(0), cells.get(1));

    assertThat(statistics.overview(cells, today)).isEqualTo(statistics.counted(cells, today));
    Waiting.until(() -> stale().isEmpty(), "the changed cells kept again in the background");
    jdbc.sql("update member set full_name = full_name where id = :id").param("id", member).update();
    assertThat(stale()).as("a change of no counted fact").isEmpty();
  }

  @Test
  void aCellsFiguresHoldUntilAMemberMayChangeAgeBand() {
    long cell = cells.get(0);
    long member = memberOf(cell);
    set(member, "status", "OFFICIAL");
    // 30 in ten days
    jdbc.sql("update member set admission_decision_date = null where id = :id")
        .param("id", member)
        .update();
    set(member, "birth_date", today.plusDays(10).minusYears(30));
    var now = statistics.overview(List.of(cell), today);
    tallies.keep(List.of(cell));
    assertThat(
            jdbc.sql("select valid_until from member_tally where cell_id = :cell")
                .param("cell", cell)
                .query(LocalDate.class)
                .single())
        .isBeforeOrEqualTo(today.plusDays(10));

    var later = statistics.overview(List.of(cell), today.plusDays(10));
    assertThat(later).isEqualTo(statistics.counted(List.of(cell), today.plusDays(10)));
    assertThat(later.figures().byAgeBand().get("UNDER_30"))
        .isEqualTo(now.figures().byAgeBand().get("UNDER_30") - 1);
  }

  @Test
  void theCheckReportsAndMendsAKeptFigureThatDiffers() {
    tallies.keep(cells);
    jdbc.sql("update member_tally set women = women + 1 where cell_id = :cell")
        .param("cell", cells.get(0))
        .update();

    assertThat(tallies.check()).isEqualTo(1);
    assertThat(statistics.overview(cells, today)).isEqualTo(statistics.counted(cells, today));
    assertThat(tallies.check()).isZero();
  }

  @Test
  void aTransactionThatChangedMembersSeesItsOwnChangeCounted() {
    long member = memberOf(cells.get(0));
    int women = statistics.overview(cells, today).figures().women();
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("update member set status = 'OFFICIAL', sex = 'FEMALE' where id = :id")
              .param("id", member)
              .update();
          assertThat(statistics.overview(cells, today)).isEqualTo(statistics.counted(cells, today));
          status.setRollbackOnly();
        });
    assertThat(statistics.overview(cells, today).figures().women()).isEqualTo(women);
  }

  private void set(long member, String column, Object value) {
    jdbc.sql("update member set " + column + " = :value where id = :id")
        .param("value", value)
        .param("id", member)
        .update();
  }

  private long memberOf(long cell) {
    return jdbc.sql("select min(id) from member where cell_id = :cell")
        .param("cell", cell)
        .query(Long.class)
        .single();
  }

  /** How many of the cells have a kept row that holds today. */
  private int kept() {
    return jdbc.sql(
            "select count(*) from member_tally where cell_id = any(:cells) and not stale"
                + " and computed_on <= :today and (valid_until is null or :today < valid_until)")
        .param("cells", cells.toArray(Long[]::new))
        .param("today", today)
        .query(Integer.class)
        .single();
  }

  private List<Long> stale() {
    return jdbc.sql("select cell_id from member_tally where stale and cell_id = any(:cells)")
        .param("cells", cells.toArray(Long[]::new))
        .query(Long.class)
        .list();
  }
}
