package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberFixtures;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Recognition;
import vn.dangbo.members.RecognitionKind;
import vn.dangbo.rules.WorkingDayCalendar;
import vn.dangbo.shared.DecisionRef;

/** What the to-do list says is due for a probationary member, before and after the cell votes. */
@SpringBootTest
@Transactional
class DueDatesTests {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final LocalDate TODAY = LocalDate.now();

  @Autowired DueDates dueDates;
  @Autowired Recognition recognition;
  @Autowired MemberRegistry registry;
  @Autowired MemberStatistics statistics;
  @Autowired WorkingDayCalendar calendar;
  @Autowired Demo demo;

  @Test
  void afterTheCellsResolutionTheCommitteeDecidesWithinThirtyWorkingDays() {
    LocalDate ceremony = TODAY.minusMonths(12).minusDays(20);
    LocalDate ends = ceremony.plusMonths(12);
    long id = probationary("Vàng Thị Hạn", ceremony);
    long cell = demo.named("Chi bộ bản Bẹ");

    assertThat(dueFor("Vàng Thị Hạn"))
        .extracting(Due::what, Due::by, Due::rule)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "due.recognition",
                calendar.workingDaysAfter(ends, 30),
                "recognition.consider.workingDays"));

    for (var document : RecognitionKind.documents()) {
      recognition.record(id, document, ends, null, null, "ĐVM-1", null, ALL, "test");
    }
    LocalDate vote = ends.plusDays(5);
    recognition.record(
        id,
        RecognitionKind.CELL_VOTE,
        vote,
        null,
        statistics.officialMembersOn(cell, vote),
        null,
        null,
        ALL,
        "test");

    assertThat(dueFor("Vàng Thị Hạn"))
        .extracting(Due::what, Due::by, Due::rule)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "due.recognitionDecision",
                calendar.workingDaysAfter(vote, 30),
                "recognition.decision.workingDays"))
        .extracting(t -> t.toArray()[0])
        .doesNotContain("due.recognition");
    // a special case may be put off by up to 30 more working days
    assertThat(dueFor("Vàng Thị Hạn"))
        .filteredOn(d -> d.what().equals("due.recognitionDecision"))
        .singleElement()
        .extracting(Due::extendedTo)
        .isEqualTo(calendar.workingDaysAfter(calendar.workingDaysAfter(vote, 30), 30));
  }

  private java.util.List<Due> dueFor(String name) {
    return dueDates.worklist(ALL, TODAY, 400).stream()
        .filter(d -> d.personName().equals(name))
        .toList();
  }

  private long probationary(String name, LocalDate ceremony) {
    var record = MemberFixtures.admittedAt(name, demo.named("Chi bộ bản Bẹ"), ceremony);
    return registry.open(
        record, MemberStatus.PROBATIONARY, ceremony, DecisionRef.NONE, true, ALL, "test");
  }
}
