package vn.dangbo.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/** The recognition file of a probationary member, from its documents to the decision. */
@SpringBootTest
@Transactional
class RecognitionTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate TODAY = LocalDate.now();

  @Autowired Recognition recognition;
  @Autowired MemberRegistry registry;
  @Autowired Members members;
  @Autowired MemberStatistics statistics;
  @Autowired Demo demo;

  @Test
  void aCompleteFileVotedByTheCellMakesTheMemberOfficialFromTheEndOfProbation() {
    LocalDate ceremony = TODAY.minusMonths(14);
    long id = probationary(ceremony);
    long cell = demo.named("Chi bộ bản Bẹ");
    LocalDate vote = ceremony.plusMonths(12).plusDays(10);
    for (var document : RecognitionKind.documents()) {
      recognition.record(
          id, document, ceremony.plusMonths(12), null, null, "ĐVM-12", null, ALL, "test");
    }
    int voters = statistics.officialMembersOn(cell, vote);

    recognition.record(id, RecognitionKind.CELL_VOTE, vote, null, voters, null, null, ALL, "t");
    recognition.record(
        id,
        RecognitionKind.DECISION,
        vote.plusDays(40),
        new DecisionRef("31-QĐ/ĐU", null, "Đảng ủy xã Tà Xùa"),
        null,
        null,
        null,
        ALL,
        "test");

    var member = members.find(id, ALL).orElseThrow();
    assertThat(member.status()).isEqualTo(MemberStatus.OFFICIAL);
    assertThat(member.officialDate()).isEqualTo(ceremony.plusMonths(12));
    assertThat(recognition.file(id, ALL)).hasSize(6);
    // the history says official from the end of probation, not from the day of the decision
    assertThat(member.statusSince()).isEqualTo(ceremony.plusMonths(12));
    assertThat(statistics.officialMembersOn(cell, vote)).isEqualTo(voters + 1);
    assertThat(statistics.officialMembersOn(cell, ceremony.plusMonths(12).minusDays(1)))
        .isEqualTo(statistics.officialMembersOn(cell, vote) - 1);
  }

  @Test
  void afterThreeRecognitionVotesWithoutTheMajorityTheSuperiorDecides() {
    LocalDate ceremony = TODAY.minusMonths(14);
    long id = probationary(ceremony);
    long cell = demo.named("Chi bộ bản Bẹ");
    for (var document : RecognitionKind.documents()) {
      recognition.record(
          id, document, ceremony.plusMonths(12), null, null, "ĐVM-12", null, ALL, "test");
    }
    for (int round = 1; round <= 3; round++) {
      recognition.record(
          id,
          RecognitionKind.CELL_VOTE,
          ceremony.plusMonths(12).plusDays(round),
          null,
          0,
          null,
          null,
          ALL,
          "t");
    }

    assertThatThrownBy(
            () ->
                recognition.record(
                    id,
                    RecognitionKind.CELL_VOTE,
                    ceremony.plusMonths(12).plusDays(4),
                    null,
                    statistics.officialMembersOn(cell, ceremony.plusMonths(12)),
                    null,
                    null,
                    ALL,
                    "t"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> assertThat(e.rule()).isEqualTo("recognition.vote.maxRounds"));
  }

  @Test
  void theCellCannotVoteBeforeProbationEndsOrWithAMissingDocument() {
    LocalDate ceremony = TODAY.minusMonths(11);
    long id = probationary(ceremony);

    assertThatThrownBy(
            () ->
                recognition.record(
                    id, RecognitionKind.CELL_VOTE, TODAY, null, 5, null, null, ALL, "t"))
        .isInstanceOfSatisfying(
            RefusedException.class,
            e -> {
              assertThat(e.messageCode()).isEqualTo("recognition.refused.probationNotOver");
              assertThat(e.rule()).isEqualTo("probation.months");
            });

    long older = probationary(TODAY.minusMonths(13));
    recognition.record(
        older, RecognitionKind.MENTOR_ASSESSMENT, TODAY, null, null, null, null, ALL, "t");
    assertThatThrownBy(
            () ->
                recognition.record(
                    older, RecognitionKind.CELL_VOTE, TODAY, null, 5, null, null, ALL, "t"))
        .hasMessage("recognition.refused.missing.SELF_REVIEW");
    assertThatThrownBy(
            () ->
                recognition.record(
                    older,
                    RecognitionKind.DECISION,
                    TODAY,
                    new DecisionRef("1", null, null),
                    null,
                    null,
                    null,
                    ALL,
                    "t"))
        .hasMessage("recognition.refused.votesFirst");
  }

  private long probationary(LocalDate ceremony) {
    var record =
        MemberFixtures.admittedAt(
            "Vàng Thị Sinh " + ceremony.getMonthValue(), demo.named("Chi bộ bản Bẹ"), ceremony);
    return registry.open(
        record, MemberStatus.PROBATIONARY, ceremony, DecisionRef.NONE, true, ALL, "test");
  }
}
