package vn.dangbo.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.Demo;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;

/** Awareness courses and mentors' observations. */
@SpringBootTest
@Transactional
class CoursesTests {

  private static final OrganizationScope ALL = OrganizationScope.all();

  @Autowired Courses courses;
  @Autowired Candidates candidates;
  @Autowired Observations observations;
  @Autowired JdbcClient jdbc;
  @Autowired Demo demo;

  @Test
  void aPassInTheCourseRecordsTheCandidatesCourseStepWithTheCertificate() {
    long sympathiser = candidateNamed("Vàng A Dình");
    assertThat(courses.needed(ALL)).extracting(Candidate::id).contains(sympathiser);
    LocalDate end = LocalDate.now().minusDays(1);
    long course =
        courses.open(
            demo.code("TX"), "Lớp NTVĐ khóa 3", "Nhà văn hóa xã", end.minusDays(4), end, ALL, "t");

    courses.enrol(course, sympathiser, ALL, "t");
    assertThat(courses.needed(ALL)).extracting(Candidate::id).doesNotContain(sympathiser);
    assertThatThrownBy(() -> courses.enrol(course, sympathiser, ALL, "t"))
        .hasMessage("course.refused.enrolled");
    assertThatThrownBy(() -> courses.result(course, sympathiser, true, " ", ALL, "t"))
        .hasMessage("development.refused.certificate");
    courses.result(course, sympathiser, true, "CN-NTVĐ 2211", ALL, "t");

    var candidate = candidates.find(sympathiser, ALL).orElseThrow();
    assertThat(candidate.stage()).isEqualTo(Stage.COURSE_PASSED);
    var step = candidate.last(StepKind.COURSE_PASSED).orElseThrow();
    assertThat(step.on()).isEqualTo(end);
    assertThat(step.certificate()).isEqualTo("CN-NTVĐ 2211");
    assertThat(courses.find(course, ALL).orElseThrow().enrolments())
        .extracting(Course.Enrolment::result)
        .containsExactly("PASSED");
  }

  @Test
  void resultsWaitForTheLastDayAndOnlySympathisersAreEnrolled() {
    LocalDate today = LocalDate.now();
    long course =
        courses.open(demo.code("TX"), "Lớp NTVĐ khóa 4", null, today, today.plusDays(4), ALL, "t");
    long sympathiser = candidateNamed("Vàng A Dình");
    courses.enrol(course, sympathiser, ALL, "t");

    assertThatThrownBy(() -> courses.result(course, sympathiser, true, "CN 1", ALL, "t"))
        .hasMessage("course.refused.notOver");
    assertThatThrownBy(() -> courses.enrol(course, candidateNamed("Giàng A Chớ"), ALL, "t"))
        .hasMessage("course.refused.notSympathiser");
  }

  @Test
  void aCellSecretaryOfAnotherCellSeesNeitherTheCourseEnrolmentNorObservesTheCandidate() {
    long hangDong = demo.named("Chi bộ bản Háng Đồng");
    var secretary =
        new OrganizationScope(false, Set.of(hangDong), Set.of(hangDong), Set.of(hangDong));
    long sympathiser = candidateNamed("Vàng A Dình");
    long course =
        courses.open(
            demo.code("TX"), "Lớp NTVĐ khóa 5", null, LocalDate.now(), LocalDate.now(), ALL, "t");
    courses.enrol(course, sympathiser, ALL, "t");

    assertThat(courses.find(course, secretary)).isEmpty();
    assertThatThrownBy(
            () ->
                observations.record(
                    sympathiser,
                    false,
                    LocalDate.now(),
                    Criterion.TASKS,
                    "GOOD",
                    null,
                    secretary,
                    "x"))
        .isInstanceOf(NotFoundException.class);
    observations.record(
        sympathiser,
        false,
        LocalDate.now(),
        Criterion.VILLAGE_RULES,
        "GOOD",
        "Gương mẫu",
        ALL,
        "t");
    assertThat(observations.of(sympathiser, false, ALL))
        .extracting(Observation::criterion)
        .containsExactly(Criterion.VILLAGE_RULES);
    assertThatThrownBy(
            () ->
                observations.record(
                    sympathiser, false, LocalDate.now(), Criterion.LAW, "BAD", null, ALL, "t"))
        .hasMessage("observation.refused.incomplete");
  }

  private long candidateNamed(String name) {
    return jdbc.sql("select id from candidate where full_name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
