package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.OrganizationNode;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Opening records, changing status through decisions, and what can be read back. */
@SpringBootTest
@Transactional
class MemberRegistryTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate TODAY = LocalDate.now();

  @Autowired MemberRegistry registry;

  @Autowired vn.dangbo.members.Duplicates duplicates;

  @Autowired vn.dangbo.members.Merges merges;

  @Autowired vn.dangbo.members.MemberFactsReader memberFacts;

  @Autowired vn.dangbo.members.StatusDecisions statusDecisions;
  @Autowired Members members;
  @Autowired MemberStatistics statistics;
  @Autowired Organizations organizations;
  @Autowired Demo demo;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void langCheuCounted92MembersOnTheLastDayOf2024MostOfThemHmong() {
    var cells = new ArrayList<Long>();
    organizations.descendantsOn(demo.code("LC"), Demo.BEFORE_MERGER).stream()
        .filter(OrganizationNode::isCell)
        .forEach(c -> cells.add(c.id()));

    var figures = statistics.of(cells, Demo.BEFORE_MERGER);

    assertThat(figures.total()).isEqualTo(92);
    assertThat(figures.byEthnicity().get("Mông")).isGreaterThan(46);
    assertThat(figures.probationary()).isEqualTo(14);
  }

  @Test
  void findsAMemberByANameTypedWithoutAccents() {
    long id = open(record("Hạng A Thái", "014090123456"), MemberStatus.OFFICIAL);

    var found = members.list(query("hang a thai"), ALL);

    assertThat(found.members()).extracting(Member::id).contains(id);
    assertThat(members.list(query("014090123456"), ALL).members())
        .extracting(Member::fullName)
        .containsExactly("Hạng A Thái");
  }

  @Test
  void refusesASecondRecordWithTheSameCitizenId() {
    open(record("Hạng A Thái", "014090123456"), MemberStatus.OFFICIAL);
    long before = members.list(MemberQuery.all(), ALL).total();

    assertThatThrownBy(() -> open(record("Hạng A Tủa", "014090123456"), MemberStatus.OFFICIAL))
        .isInstanceOf(RefusedException.class)
        .hasMessage("member.refused.citizenIdTaken");
    assertThat(members.list(MemberQuery.all(), ALL).total()).isEqualTo(before);
  }

  @Test
  void flagsTheSameNameAndBirthDateUntilConfirmed() {
    open(record("Hạng A Thái", null), MemberStatus.OFFICIAL);
    var twin = record("Hang A Thai", null);

    assertThat(duplicates.possibleDuplicates(twin, null)).hasSize(1);
    assertThatThrownBy(() -> open(twin, MemberStatus.OFFICIAL))
        .hasMessage("member.refused.possibleDuplicate");
    long id = registry.open(twin, MemberStatus.OFFICIAL, TODAY, null, true, ALL, "test");
    assertThat(id).isPositive();
  }

  @Test
  void recognitionBeforeTheTwelveMonthsIsRefusedNamingTheRule() {
    var ceremony = TODAY.minusMonths(6);
    long id = open(probationary("Sùng A Tủa", ceremony), MemberStatus.PROBATIONARY, ceremony);

    assertThatThrownBy(() -> change(id, MemberStatus.OFFICIAL, TODAY))
        .isInstanceOf(RefusedException.class)
        .hasMessage("member.refused.probationNotOver")
        .satisfies(
            e ->
                assertThat(((RefusedException) e).arguments())
                    .contains(ceremony.plusMonths(12), 12)
                    .anySatisfy(a -> assertThat(a.toString()).contains("Điều lệ Đảng")));
  }

  @Test
  void aLateRecognitionStillMakesTheMemberOfficialWhenProbationEnded() {
    var ceremony = TODAY.minusMonths(14);
    long id = open(probationary("Sùng A Tủa", ceremony), MemberStatus.PROBATIONARY, ceremony);

    change(id, MemberStatus.OFFICIAL, TODAY);

    var member = members.find(id, ALL).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(member.officialDate()).isEqualTo(ceremony.plusMonths(12));
    assertThat(members.history(id))
        .extracting(StatusChange::to)
        .containsExactly(MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL);
  }

  @Test
  void refusesExemptingAProbationaryMemberAndTransferringADeadOne() {
    var ceremony = TODAY.minusMonths(3);
    long probationary =
        open(probationary("Sùng A Tủa", ceremony), MemberStatus.PROBATIONARY, ceremony);
    long official = open(record("Lò Văn Khánh", null), MemberStatus.OFFICIAL);
    change(official, MemberStatus.DECEASED, TODAY);

    assertThatThrownBy(() -> change(probationary, MemberStatus.EXEMPTED, TODAY))
        .hasMessage("member.refused.transition");
    assertThatThrownBy(() -> change(official, MemberStatus.TRANSFERRED_OUT, TODAY))
        .hasMessage("member.refused.transition");
  }

  @Test
  void aTransferAcrossTet2025GetsItsWorkingDayDeadlinesFromTheRulebook() {
    long id =
        registry.open(
            record("Lò Văn Khánh", null),
            MemberStatus.OFFICIAL,
            LocalDate.of(2024, 6, 1),
            DecisionRef.NONE,
            false,
            ALL,
            "test");
    change(id, MemberStatus.TRANSFERRED_OUT, LocalDate.of(2025, 1, 20));

    var facts = memberFacts.facts(members.find(id, ALL).orElseThrow(), TODAY);

    assertThat(facts.transferPresentBy()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(facts.transferCompleteBy()).isAfter(facts.transferPresentBy());
    assertThat(facts.countedInCellTotal()).isFalse();
  }

  @Test
  void aMemberAdmittedInJune1996IsDueThe30YearBadgeInJune2026() {
    var record =
        new MemberRecord(
            "Lầu A Páo",
            null,
            Sex.MALE,
            LocalDate.of(1970, 1, 2),
            null,
            null,
            null,
            8,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            demo.named("Chi bộ bản Bẹ"),
            null,
            LocalDate.of(1996, 6, 10),
            LocalDate.of(1996, 6, 20),
            false,
            false,
            false,
            false);
    long id =
        registry.open(
            record, MemberStatus.OFFICIAL, LocalDate.of(1997, 6, 20), null, false, ALL, "test");

    assertThat(memberFacts.badgesDueIn(2026, ALL))
        .filteredOn(d -> d.member().id() == id)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.years()).isEqualTo(30);
              assertThat(d.dueOn()).isEqualTo(LocalDate.of(2026, 6, 10));
            });
    assertThat(memberFacts.badgesDueIn(2025, ALL)).noneMatch(d -> d.member().id() == id);
  }

  @Test
  void mergingTwoRecordsOfOnePersonKeepsBothHistoriesAndTheMissingFields() {
    long kept = open(record("Hạng A Thái", null), MemberStatus.OFFICIAL);
    long duplicate =
        registry.open(
            record("Hang A Thai", "014090123456"),
            MemberStatus.OFFICIAL,
            TODAY,
            null,
            true,
            ALL,
            "x");

    merges.merge(kept, duplicate, ALL, "test");

    assertThat(members.find(duplicate, ALL)).isEmpty();
    assertThat(members.find(kept, ALL).orElseThrow().record().citizenId())
        .isEqualTo("014090123456");
    assertThat(members.history(kept))
        .hasSize(2)
        .anySatisfy(c -> assertThat(c.reason()).contains("#" + duplicate));
    assertThat(duplicates.possibleDuplicates(record("Hạng A Thái", null), kept)).isEmpty();
    // the joined history still has one entry in force on each day
    long cell = members.find(kept, ALL).orElseThrow().record().cellId();
    assertThat(statistics.membersOn(cell, TODAY)).filteredOn(m -> m.memberId() == kept).hasSize(1);
  }

  @Test
  void theSecondOfTwoEditsBasedOnTheSameVersionIsRefused() {
    long id = open(record("Hạng A Thái", null), MemberStatus.OFFICIAL);
    int version = members.find(id, ALL).orElseThrow().version();

    registry.correct(id, version, record("Hạng A Thái", "014090123456"), false, ALL, "first");

    assertThatThrownBy(
            () -> registry.correct(id, version, record("Hạng Á Thái", null), false, ALL, "second"))
        .isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(members.find(id, ALL).orElseThrow().record().citizenId()).isEqualTo("014090123456");
  }

  @Test
  void aCellSecretaryCannotSeeOrOpenRecordsOfAnotherCell() {
    long other = demo.named("Chi bộ bản Háng Đồng");
    long own = demo.named("Chi bộ bản Làng Chếu");
    var secretary = new OrganizationScope(false, Set.of(own), Set.of(own), Set.of(own));
    long stranger = open(record("Thào A Dế", null), MemberStatus.OFFICIAL);

    assertThat(members.find(stranger, secretary)).isEmpty();
    assertThat(members.list(MemberQuery.all(), secretary).members())
        .allSatisfy(m -> assertThat(m.record().cellId()).isEqualTo(own));
    var otherCell =
        new MemberQuery(null, other, null, null, null, null, null, null, null, null, 0, 50);
    assertThat(members.list(otherCell, ALL).total()).isPositive();
    assertThat(members.list(otherCell, secretary).total()).isZero();
    assertThat(members.list(otherCell, secretary).members()).isEmpty();
    var elsewhere = recordIn("Thào A Dua", other);
    assertThatThrownBy(
            () ->
                registry.open(elsewhere, MemberStatus.OFFICIAL, TODAY, null, false, secretary, "x"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aListsLinesAreThoseOfItsRecordsAndOnlyInTheUsersScope() {
    long own = demo.named("Chi bộ bản Làng Chếu");
    var secretary = new OrganizationScope(false, Set.of(own), Set.of(own), Set.of(own));
    var query = MemberQuery.all();

    var records = members.list(query, secretary);
    var rows = members.rows(query, secretary);

    assertThat(rows.total()).isEqualTo(records.total()).isPositive();
    assertThat(rows.members())
        .extracting(
            MemberRow::id,
            MemberRow::fullName,
            MemberRow::birthDate,
            MemberRow::ethnicity,
            MemberRow::cellName,
            MemberRow::status)
        .containsExactlyElementsOf(
            records.members().stream()
                .map(
                    m ->
                        org.assertj.core.groups.Tuple.tuple(
                            m.id(),
                            m.fullName(),
                            m.record().birthDate(),
                            m.ethnicity(),
                            m.cellName(),
                            m.status()))
                .toList());
    assertThat(rows.members())
        .extracting(MemberRow::cellName)
        .containsOnly(records.members().get(0).cellName());
    assertThat(
            members
                .rows(query, OrganizationScope.unitsOnly(Set.of(own), Set.of(own), null))
                .members())
        .as("a scope without personal records")
        .isEmpty();
  }

  @Test
  void namesAreGivenOnlyOfCellsAndMembersTheUserMaySee() {
    long other = demo.named("Chi bộ bản Háng Đồng");
    long own = demo.named("Chi bộ bản Làng Chếu");
    var secretary = new OrganizationScope(false, Set.of(own), Set.of(own), Set.of(own));
    var official = Set.of(MemberStatus.OFFICIAL);
    var ownNames = members.names(own, official, 500, secretary);
    var otherNames = members.names(other, official, 500, ALL);

    assertThat(ownNames)
        .isNotEmpty()
        .extracting(MemberName::id)
        .allSatisfy(
            id -> {
              var member = members.find(id, ALL).orElseThrow();
              assertThat(member.record().cellId()).isEqualTo(own);
              assertThat(member.status()).isEqualTo(MemberStatus.OFFICIAL);
            });
    assertThat(otherNames).isNotEmpty();
    assertThat(members.names(other, official, 500, secretary)).as("another cell").isEmpty();
    assertThat(members.names(own, official, 2, secretary)).hasSize(2);

    long ownMember = ownNames.get(0).id();
    long otherMember = otherNames.get(0).id();
    assertThat(members.names(List.of(ownMember, otherMember, -1L), secretary))
        .as("by id: a guessed id and another cell's member left out")
        .containsOnlyKeys(ownMember)
        .containsValue(ownNames.get(0).fullName());
    assertThat(members.names(List.of(ownMember, otherMember), ALL))
        .containsOnlyKeys(ownMember, otherMember);
  }

  @Test
  void aRecordKeepsTheHomePlaceItHadButANewOneMustBeAPlaceTheUserMayName() {
    long own = demo.named("Chi bộ bản Làng Chếu");
    var secretary = new OrganizationScope(false, Set.of(own), Set.of(own), Set.of(own));
    long[] otherCommunes =
        jdbc
            .sql("select id from place where commune_id = :commune order by id limit 2")
            .param("commune", demo.code("HD"))
            .query(Long.class)
            .list()
            .stream()
            .mapToLong(Long::longValue)
            .toArray();
    long id = open(recordIn("Vừ A Nhà", null, own, null, otherCommunes[0]), MemberStatus.OFFICIAL);

    int version = members.find(id, ALL).orElseThrow().version();
    registry.correct(
        id,
        version,
        recordIn("Vừ A Nhà", "014090777001", own, null, otherCommunes[0]),
        false,
        secretary,
        "x");
    int next = members.find(id, ALL).orElseThrow().version();
    assertThatThrownBy(
            () ->
                registry.correct(
                    id,
                    next,
                    recordIn("Vừ A Nhà", null, own, null, otherCommunes[1]),
                    false,
                    secretary,
                    "x"))
        .isInstanceOf(RefusedException.class)
        .hasMessage("member.refused.homePlace");
    assertThat(members.find(id, ALL).orElseThrow().record().homePlaceId())
        .isEqualTo(otherCommunes[0]);
  }

  private MemberQuery query(String text) {
    return new MemberQuery(text, null, null, null, null, null, null, null, null, null, 0, 50);
  }

  private long open(MemberRecord record, MemberStatus status) {
    return open(record, status, TODAY);
  }

  private long open(MemberRecord record, MemberStatus status, LocalDate since) {
    return registry.open(record, status, since, DecisionRef.NONE, false, ALL, "test");
  }

  private void change(long id, MemberStatus to, LocalDate on) {
    int version = members.find(id, ALL).orElseThrow().version();
    statusDecisions.changeStatus(id, version, to, on, DecisionRef.NONE, null, ALL, "test");
  }

  private MemberRecord record(String name, String citizenId) {
    return recordIn(name, citizenId, demo.named("Chi bộ bản Bẹ"), null);
  }

  private MemberRecord recordIn(String name, long cell) {
    return recordIn(name, null, cell, null);
  }

  private MemberRecord probationary(String name, LocalDate ceremony) {
    return recordIn(name, null, demo.named("Chi bộ bản Bẹ"), ceremony);
  }

  private MemberRecord recordIn(String name, String citizenId, long cell, LocalDate ceremony) {
    return recordIn(name, citizenId, cell, ceremony, null);
  }

  private MemberRecord recordIn(
      String name, String citizenId, long cell, LocalDate ceremony, Long homePlace) {
    return new MemberRecord(
        name,
        null,
        Sex.MALE,
        LocalDate.of(1990, 4, 5),
        null,
        null,
        null,
        8,
        null,
        null,
        null,
        null,
        null,
        null,
        citizenId,
        null,
        null,
        null,
        cell,
        homePlace,
        ceremony == null ? LocalDate.of(2015, 5, 19) : ceremony.minusDays(10),
        ceremony == null ? LocalDate.of(2015, 5, 30) : ceremony,
        false,
        false,
        false,
        false);
  }
}
