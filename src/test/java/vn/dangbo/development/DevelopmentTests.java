package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.meetings.MeetingKind;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Members;
import vn.dangbo.members.Sex;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/** Candidates driven through the steps, with the rules in force on each step's day. */
@SpringBootTest
@Transactional
class DevelopmentTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired AdmissionPipeline development;

  @Autowired vn.dangbo.development.CandidateIntake intake;
  @Autowired Candidates candidates;
  @Autowired Members members;
  @Autowired RuleBook rules;
  @Autowired JdbcClient jdbc;
  @Autowired MemberStatistics statistics;
  @Autowired vn.dangbo.meetings.Meetings meetings;
  @Autowired vn.dangbo.members.MemberRegistry registry;
  @Autowired vn.dangbo.members.StatusDecisions statusDecisions;
  @Autowired Demo demo;
  @Autowired vn.dangbo.organization.Reorganizations reorganizations;
  @Autowired DueDates dueDates;

  @Test
  void aCandidateGoesFromSourceToProbationaryMemberAfterTheMerger() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = open(cell, LocalDate.of(2000, 3, 4), LocalDate.of(2025, 8, 1));
    var officials = officialMembersOf(cell, LocalDate.of(2025, 8, 1));

    step(id, introduced(LocalDate.of(2025, 8, 15)));
    step(id, sympathiser(LocalDate.of(2025, 9, 10), officials.get(0)));
    step(id, course(LocalDate.of(2025, 10, 20)));
    step(id, dossier(LocalDate.of(2026, 1, 10), officials.get(0), officials.get(1)));
    var voted = step(id, cellVote(id, LocalDate.of(2026, 2, 10), true));
    var decided = step(id, decision(LocalDate.of(2026, 3, 20)));
    var admitted = step(id, StepRequest.of(StepKind.CEREMONY, LocalDate.of(2026, 4, 10)));

    assertThat(voted.stage()).isEqualTo(Stage.CELL_RESOLVED);
    assertThat(voted.last(StepKind.CELL_VOTE).orElseThrow().voters()).isPositive();
    assertThat(decided.stage()).isEqualTo(Stage.DECIDED);
    assertThat(admitted.stage()).isEqualTo(Stage.ADMITTED);
    var member = members.find(admitted.memberId(), ALL).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(member.record().admissionDecisionDate()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(member.record().admissionCeremonyDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    assertThat(member.record().cellId()).isEqualTo(cell);
  }

  @Test
  void beforeTheMergerTheGrassrootsCommitteeVotesBeforeTheDistrictDecides() {
    long cell = demo.named("Chi bộ bản Làng Chếu");
    long id = throughDossier(cell, LocalDate.of(1995, 5, 5), LocalDate.of(2023, 1, 5));
    step(id, cellVote(id, LocalDate.of(2024, 3, 4), true));

    assertThatThrownBy(() -> step(id, decision(LocalDate.of(2024, 3, 20))))
        .hasMessage("development.refused.committeeFirst");
    var committee =
        new StepRequest(
            StepKind.COMMITTEE_VOTE,
            LocalDate.of(2024, 3, 15),
            decisionRef("12-NQ/ĐU"),
            4,
            1,
            null,
            null,
            null,
            false,
            null,
            null);
    var resolved = step(id, committee);
    assertThat(resolved.stage()).isEqualTo(Stage.COMMITTEE_RESOLVED);
    assertThat(resolved.last(StepKind.COMMITTEE_VOTE).orElseThrow().voters()).isEqualTo(5);
    assertThat(step(id, decision(LocalDate.of(2024, 3, 20))).stage()).isEqualTo(Stage.DECIDED);
  }

  @Test
  void aSeventeenYearOldIsRefusedAtTheCellVoteNamingTheRuleAndItsBasis() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = throughDossier(cell, LocalDate.of(2008, 3, 11), LocalDate.of(2025, 8, 1));

    assertThatThrownBy(() -> step(id, cellVote(id, LocalDate.of(2026, 3, 10), true)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("development.check.ageTooYoung");
              assertThat(e.rule()).isEqualTo("admission.age.min.months");
              assertThat(e.legalBasis()).contains("Điều lệ Đảng");
              assertThat(e.arguments()).contains("17 năm 11 tháng", "216");
            });
    assertThat(step(id, cellVote(id, LocalDate.of(2026, 3, 11), true)).stage())
        .isEqualTo(Stage.CELL_RESOLVED);
  }

  @Test
  void sixOfNineOfficialMembersPassWithThreeProbationaryMembersPresentAndFiveDoNot() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = throughDossier(cell, LocalDate.of(1998, 1, 1), LocalDate.of(2025, 8, 1));
    LocalDate vote = LocalDate.of(2026, 3, 2);
    int officials = statistics.officialMembersOn(cell, vote);
    assertThat(officials).isLessThanOrEqualTo(9);
    for (int i = officials; i < 9; i++) {
      member(cell, MemberStatus.OFFICIAL, LocalDate.of(2015, 5, 5), "014090009" + (100 + i));
    }
    for (int i = 0; i < 3; i++) {
      member(cell, MemberStatus.PROBATIONARY, LocalDate.of(2025, 12, 1), "014090008" + (100 + i));
    }
    assertThat(statistics.officialMembersOn(cell, vote)).isEqualTo(9);

    var five = step(id, vote(vote, 5));
    var six = step(id, vote(vote.plusDays(1), 6));

    assertThat(five.stage()).isEqualTo(Stage.DOSSIER);
    assertThat(five.last(StepKind.CELL_VOTE).orElseThrow().voters()).isEqualTo(9);
    assertThat(six.stage()).isEqualTo(Stage.CELL_RESOLVED);
  }

  private static StepRequest vote(LocalDate on, int votes) {
    return StepRequest.vote(StepKind.CELL_VOTE, on, decisionRef("08-NQ/CB"), votes);
  }

  private void member(long cell, MemberStatus status, LocalDate since, String citizenId) {
    registry.open(
        new MemberRecord(
            "Đảng Viên " + citizenId.substring(8),
            null,
            Sex.MALE,
            LocalDate.of(1990, 1, 1),
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
            null,
            since.minusMonths(status == MemberStatus.OFFICIAL ? 12 : 0).minusDays(10),
            since.minusMonths(status == MemberStatus.OFFICIAL ? 12 : 0),
            false,
            false,
            false,
            false),
        status,
        since,
        DecisionRef.NONE,
        true,
        ALL,
        "test");
  }

  @Test
  void aCellVoteTakenAtAMeetingIsWrittenIntoItsMinutesOnce() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = throughDossier(cell, LocalDate.of(1998, 1, 1), LocalDate.of(2025, 8, 1));
    LocalDate day = LocalDate.of(2026, 3, 6);
    long meeting =
        meetings.plan(cell, MeetingKind.REGULAR, day, null, "Tháng 3", null, ALL, "test");
    var vote = cellVote(id, day, true);
    var atMeeting =
        new StepRequest(
            vote.kind(),
            vote.on(),
            vote.decision(),
            vote.votesFor(),
            null,
            null,
            null,
            null,
            false,
            false,
            null,
            null,
            false,
            meeting);
    var wrongDay =
        new StepRequest(
            vote.kind(),
            day.plusDays(1),
            vote.decision(),
            vote.votesFor(),
            null,
            null,
            null,
            null,
            false,
            false,
            null,
            null,
            false,
            meeting);

    assertThatThrownBy(() -> step(id, wrongDay)).hasMessage("meeting.refused.otherMeeting");
    step(id, atMeeting);

    assertThat(meetings.find(meeting, ALL).orElseThrow().resolutions())
        .singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("Đề nghị kết nạp quần chúng Vàng A Sử"));
  }

  @Test
  void aVoteBelowTwoThirdsKeepsTheStageAndTheCellMayVoteAgain() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = throughDossier(cell, LocalDate.of(1998, 1, 1), LocalDate.of(2025, 8, 1));

    for (int round = 1; round <= 3; round++) {
      var failed = step(id, cellVote(id, LocalDate.of(2026, 2, round), false));
      assertThat(failed.stage()).isEqualTo(Stage.DOSSIER);
      assertThat(failed.last(StepKind.CELL_VOTE).orElseThrow().passed()).isFalse();
    }
    // the limit of three votes (QĐ 24, mục 4.2) is the recognition's, not the admission's
    assertThat(step(id, cellVote(id, LocalDate.of(2026, 2, 4), true)).stage())
        .isEqualTo(Stage.CELL_RESOLVED);
  }

  @Test
  void aRuleChangedBetweenTwoStepsJudgesEachStepByTheVersionInForceOnItsDay() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = open(cell, LocalDate.of(1990, 3, 4), LocalDate.of(2019, 6, 1));
    var officials = officialMembersOf(cell, LocalDate.of(2019, 8, 1));
    officials.retainAll(officialMembersOf(cell, LocalDate.of(2025, 4, 1)));
    step(id, introduced(LocalDate.of(2019, 7, 1)));
    step(id, sympathiser(LocalDate.of(2019, 8, 1), officials.get(0)));
    step(id, course(LocalDate.of(2020, 1, 10)));
    step(id, dossier(LocalDate.of(2025, 4, 1), officials.get(0), officials.get(1)));
    // a later rule gives certificates 72 months from 2025-05-01 on
    rules.add(
        new Rule(
            RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS,
            LocalDate.of(2025, 5, 1),
            "72",
            "Văn bản thử nghiệm",
            false),
        "Thử nghiệm: áp dụng hồi tố",
        "test");

    var before = development.eligibility(id, LocalDate.of(2025, 4, 30), ALL);
    var after = development.eligibility(id, LocalDate.of(2025, 5, 2), ALL);

    assertThat(certificate(before).passed()).isFalse();
    assertThat(certificate(before).value()).isEqualTo("60");
    assertThat(certificate(after).passed()).isTrue();
    assertThat(certificate(after).value()).isEqualTo("72");
  }

  @Test
  void leavingNeedsAReasonAndEndsThePipeline() {
    long id = open(demo.named("Chi bộ bản Bẹ"), LocalDate.of(2000, 3, 4), LocalDate.of(2025, 8, 1));

    assertThatThrownBy(() -> step(id, StepRequest.of(StepKind.LEFT, LocalDate.of(2025, 9, 1))))
        .hasMessage("development.refused.reason");
    var left = step(id, StepRequest.noted(StepKind.LEFT, LocalDate.of(2025, 9, 1), "Đi làm ăn xa"));
    assertThat(left.stage()).isEqualTo(Stage.LEFT);
    assertThatThrownBy(() -> step(id, introduced(LocalDate.of(2025, 10, 1))))
        .hasMessage("development.refused.order");
  }

  private static Check certificate(List<Check> checks) {
    return checks.stream().filter(c -> c.name().equals("certificate")).findFirst().orElseThrow();
  }

  private long throughDossier(long cell, LocalDate birth, LocalDate from) {
    long id = open(cell, birth, from);
    var officials = officialMembersOf(cell, from);
    step(id, introduced(from.plusDays(10)));
    step(id, sympathiser(from.plusDays(40), officials.get(0)));
    step(id, course(from.plusDays(80)));
    step(id, dossier(from.plusDays(150), officials.get(0), officials.get(1)));
    return id;
  }

  @Test
  void aCellsBoardShowsNothingToTheSecretaryOfAnotherCell() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long other = demo.named("Chi bộ bản Làng Chếu");
    open(cell, LocalDate.of(2000, 1, 1), LocalDate.of(2024, 1, 1), 1);
    var secretary = new OrganizationScope(false, Set.of(other), Set.of(other), Set.of(other));

    assertThat(candidates.of(cell, false, ALL)).isNotEmpty();
    assertThat(candidates.of(cell, false, secretary)).isEmpty();
    assertThat(candidates.of(cell, true, secretary)).isEmpty();
    assertThat(candidates.of(null, false, secretary))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.person().cellId()).isEqualTo(other));
  }

  @Test
  void aCandidateOfAnEthnicGroupOutsideTheListIsRefused() {
    long cell = demo.named("Chi bộ bản Bẹ");
    for (int code : new int[] {0, 55, 99}) {
      assertThatThrownBy(() -> open(cell, LocalDate.of(2000, 1, 1), LocalDate.of(2024, 1, 1), code))
          .as("ethnic group " + code)
          .isInstanceOf(RefusedException.class)
          .hasMessage("member.refused.ethnicity");
    }
  }

  @Test
  void theToDoListAndTheCellVoteReadTheDossiersLastDayAlike() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = throughDossier(cell, LocalDate.of(1998, 1, 1), LocalDate.of(2024, 6, 1));
    var candidate = candidates.find(id, ALL).orElseThrow();
    LocalDate lastDay =
        dueDates.of(candidate, LocalDate.of(2025, 10, 1)).stream()
            .filter(d -> d.what().equals("due.dossier"))
            .findFirst()
            .orElseThrow()
            .by();

    assertThatThrownBy(() -> step(id, cellVote(id, lastDay.plusDays(1), true)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageCode()).isEqualTo("development.check.dossierStale"));
    assertThat(step(id, cellVote(id, lastDay, true)).stage()).isEqualTo(Stage.CELL_RESOLVED);
  }

  @Test
  void whenTheValidityChangesTheToDoListNamesTheLastDayTheCellVoteAccepts() {
    long cell = demo.named("Chi bộ bản Bẹ");
    // dossier on 2024-10-29; from 2025-06-01 a dossier is valid 6 months instead of 12
    long id = throughDossier(cell, LocalDate.of(1998, 1, 1), LocalDate.of(2024, 6, 1));
    rules.add(
        new Rule(
            RuleKey.DOSSIER_VALIDITY_MONTHS, LocalDate.of(2025, 6, 1), "6", "Văn bản thử", false),
        "Thử nghiệm: áp dụng hồi tố",
        "test");
    var due =
        dueDates.of(candidates.find(id, ALL).orElseThrow(), LocalDate.of(2025, 5, 1)).stream()
            .filter(d -> d.what().equals("due.dossier"))
            .findFirst()
            .orElseThrow();

    assertThat(due.by()).isEqualTo(LocalDate.of(2025, 5, 31));
    assertThatThrownBy(() -> step(id, cellVote(id, LocalDate.of(2025, 6, 1), true)))
        .isInstanceOf(RefusedException.class)
        .hasMessage("development.check.dossierStale");
    assertThat(step(id, cellVote(id, LocalDate.of(2025, 5, 31), true)).stage())
        .isEqualTo(Stage.CELL_RESOLVED);
  }

  @Test
  void anIntroducerWhoTransfersAwayIsReplacedAndTheCandidateIsNotStuck() {
    long cell = demo.named("Chi bộ bản Bẹ");
    LocalDate from = LocalDate.of(2025, 6, 1);
    var officials = officialMembersOf(cell, from);
    long id = throughDossier(cell, LocalDate.of(1998, 1, 1), from);
    long leaving = officials.get(1);
    var member = members.find(leaving, ALL).orElseThrow();
    statusDecisions.changeStatus(
        leaving,
        member.version(),
        MemberStatus.TRANSFERRED_OUT,
        LocalDate.of(2025, 11, 10),
        decisionRef("12-QĐ/ĐU"),
        "Chuyển công tác",
        ALL,
        "test");

    assertThatThrownBy(() -> step(id, cellVote(id, LocalDate.of(2025, 12, 1), true)))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.messageCode()).isEqualTo("development.check.introducerNotOfficial"));
    var sameAgain =
        StepRequest.introducersReplaced(
            LocalDate.of(2025, 11, 20),
            List.of(new Introducer(officials.get(0), 24, false)),
            "Người giới thiệu chuyển công tác");
    assertThatThrownBy(() -> step(id, sameAgain))
        .isInstanceOf(RefusedException.class)
        .hasMessage("development.refused.noReplacement");

    var replaced =
        step(
            id,
            StepRequest.introducersReplaced(
                LocalDate.of(2025, 11, 20),
                List.of(
                    new Introducer(officials.get(0), 24, false),
                    new Introducer(officials.get(2), 2, true)),
                "Người giới thiệu chuyển công tác"));

    assertThat(replaced.stage()).isEqualTo(Stage.DOSSIER);
    assertThat(replaced.last(StepKind.INTRODUCER_REPLACED).orElseThrow().introducers())
        .extracting(Introducer::memberId)
        .containsExactly(officials.get(0), officials.get(2));
    // the dossier keeps its day: its documents age from it, not from the replacement
    assertThat(replaced.last(StepKind.DOSSIER).orElseThrow().on()).isEqualTo(from.plusDays(150));
    assertThat(step(id, cellVote(id, LocalDate.of(2025, 12, 1), true)).stage())
        .isEqualTo(Stage.CELL_RESOLVED);
  }

  @Test
  void aFormerMemberIsDecidedOnlyWithTheProvincesWrittenConsent() {
    long cell = demo.named("Chi bộ bản Bẹ");
    long id = throughDossier(cell, LocalDate.of(1990, 1, 1), LocalDate.of(2025, 6, 1));
    var former =
        new FormerMembership(
            LocalDate.of(2019, 3, 1), FormerMembership.ExitReason.REMOVED, null, 0, null);
    development.recordFormerMembership(
        id, candidates.find(id, ALL).orElseThrow().version(), former, ALL, "test");
    step(id, cellVote(id, LocalDate.of(2025, 12, 1), true));

    assertThatThrownBy(() -> step(id, decision(LocalDate.of(2025, 12, 10))))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("development.refused.readmissionConsent");
              assertThat(e.legalBasis()).contains("Quy định 294-QĐ/TW, mục 3.5");
            });
    development.recordFormerMembership(
        id,
        candidates.find(id, ALL).orElseThrow().version(),
        new FormerMembership(
            former.leftOn(), former.reason(), null, 0, "215-CV/TU ngày 05/12/2025"),
        ALL,
        "test");
    assertThat(step(id, decision(LocalDate.of(2025, 12, 10))).stage()).isEqualTo(Stage.DECIDED);
  }

  @Test
  void aStepDatedBeforeItsCellWasFoundedIsRefusedNamingTheCellsDates() {
    long cell =
        reorganizations.found(
            vn.dangbo.organization.NewOrganization.cell(
                "Chi bộ bản Mới Lập", vn.dangbo.organization.CellType.VILLAGE, demo.code("TX")),
            LocalDate.of(2025, 10, 1),
            null,
            ALL,
            "test");
    long id = open(cell, LocalDate.of(2000, 1, 1), LocalDate.of(2025, 8, 1));

    assertThatThrownBy(
            () ->
                step(
                    id,
                    StepRequest.noted(
                        StepKind.INTRODUCED, LocalDate.of(2025, 9, 30), "Đoàn Thanh niên")))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("organization.refused.outsideExistenceOpen");
              assertThat(e.arguments()).contains("Chi bộ bản Mới Lập", "01/10/2025", "30/09/2025");
            });
    assertThat(
            step(
                    id,
                    StepRequest.noted(
                        StepKind.INTRODUCED, LocalDate.of(2025, 10, 1), "Đoàn Thanh niên"))
                .stage())
        .isEqualTo(Stage.OUTSTANDING);
  }

  private long open(long cell, LocalDate birth, LocalDate since) {
    return open(cell, birth, since, 8);
  }

  private long open(long cell, LocalDate birth, LocalDate since, int ethnicity) {
    return intake.open(
        CandidateFixtures.person("Vàng A Sử", Sex.MALE)
            .born(birth)
            .ethnicity(ethnicity)
            .cell(cell)
            .since(since)
            .build(),
        ALL,
        "test");
  }

  private Candidate step(long id, StepRequest step) {
    int version = candidates.find(id, ALL).orElseThrow().version();
    return development.record(id, version, step, ALL, "test");
  }

  /** Official members of the cell on the day (and still so later), oldest records first. */
  private List<Long> officialMembersOf(long cell, LocalDate on) {
    return jdbc
        .sql(
            """
            select m.id from member m join lateral (
              select c.cell_id, c.to_status from member_status_change c
              where c.member_id = m.id and c.effective_on <= :on
              order by c.effective_on desc, c.id desc limit 1) c on true
            where c.cell_id = :cell and c.to_status = 'OFFICIAL'
            order by m.id
            """)
        .param("cell", cell)
        .param("on", on)
        .query(Long.class)
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
  }

  private static StepRequest introduced(LocalDate on) {
    return StepRequest.noted(StepKind.INTRODUCED, on, "Đoàn Thanh niên xã");
  }

  private static StepRequest sympathiser(LocalDate on, long mentor) {
    return StepRequest.sympathiser(on, decisionRef("03-NQ/CB"), mentor);
  }

  private static StepRequest course(LocalDate on) {
    return new StepRequest(
        StepKind.COURSE_PASSED,
        on,
        null,
        null,
        null,
        "CN-NTVĐ 0412",
        null,
        null,
        false,
        null,
        null);
  }

  private static StepRequest dossier(LocalDate on, long first, long second) {
    return StepRequest.dossier(
        on, List.of(new Introducer(first, 24, false), new Introducer(second, 36, false)), false);
  }

  /** A cell vote of the candidate's cell with every official member in favour, or none. */
  private StepRequest cellVote(long id, LocalDate on, boolean all) {
    long cell = candidates.find(id, ALL).orElseThrow().person().cellId();
    int votes = all ? statistics.officialMembersOn(cell, on) : 0;
    return StepRequest.vote(StepKind.CELL_VOTE, on, decisionRef("07-NQ/CB"), votes);
  }

  private static StepRequest decision(LocalDate on) {
    return StepRequest.decided(StepKind.DECISION, on, decisionRef("45-QĐ/ĐU"));
  }

  private static DecisionRef decisionRef(String number) {
    return new DecisionRef(number, null, "Đảng ủy");
  }
}
