package vn.dangbo.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.dangbo.evaluations.Assessment;
import vn.dangbo.evaluations.Evaluation;
import vn.dangbo.evaluations.Evaluations;
import vn.dangbo.evaluations.Grade;
import vn.dangbo.evaluations.PeriodKind;
import vn.dangbo.evaluations.Rewards;
import vn.dangbo.evaluations.Step;
import vn.dangbo.identity.OrganizationScope;

/**
 * Yearly grades as the article ends: Làng Chếu's cycles of 2022 to 2024 graded by criteria under
 * the rules of the time, Tà Xùa's 2025 cycle scored on 100 points under QĐ 366, and this year's
 * cycle under way (self-assessments in, the Làng Chếu village cell's proposals made, nothing
 * decided). Excellent stays within the cap; one Khe Lóng member is "not completed" in 2023 and 2024
 * and so flagged for a removal review; a few rewards follow the grades.
 */
@Component
class DemoEvaluations {

  private static final OrganizationScope ALL = OrganizationScope.all();
  private static final String LOWER = "Giữ tỷ lệ hoàn thành xuất sắc theo quy định";

  private final Evaluations evaluations;

  private final vn.dangbo.evaluations.EvaluationCycles evaluationCycles;

  private final vn.dangbo.evaluations.EvaluationSteps evaluationSteps;
  private final Rewards rewards;
  private final Clock clock;
  private final Random random = new Random(366L);
  private final java.util.Map<Long, Integer> versions = new java.util.HashMap<>();

  DemoEvaluations(
      Evaluations evaluations,
      vn.dangbo.evaluations.EvaluationCycles evaluationCycles,
      vn.dangbo.evaluations.EvaluationSteps evaluationSteps,
      Rewards rewards,
      Clock clock) {
    this.evaluations = evaluations;
    this.evaluationCycles = evaluationCycles;
    this.evaluationSteps = evaluationSteps;
    this.rewards = rewards;
    this.clock = clock;
  }

  void load(long langCheu, long taXua, long farAwayCell, long villageCell) {
    Long notCompleted = null;
    for (int year = 2022; year <= 2024; year++) {
      long cycle = open(langCheu, year);
      var members = evaluations.evaluations(cycle, null, ALL);
      if (notCompleted == null) {
        notCompleted =
            members.stream()
                .filter(e -> e.isMember() && e.cellId() == farAwayCell)
                .map(Evaluation::memberId)
                .sorted()
                .skip(1)
                .findFirst()
                .orElseThrow();
      }
      gradeByCriteria(cycle, year >= 2023 ? notCompleted : null);
    }
    long scored = open(taXua, 2025);
    gradeByPoints(scored);
    int thisYear = LocalDate.now(clock).getYear();
    if (thisYear > 2025) {
      underWay(open(taXua, thisYear), villageCell);
    }
    rewards(langCheu, villageCell);
  }

  private long open(long organization, int year) {
    return evaluationCycles.open(
        new Evaluations.CycleRequest(
            organization,
            PeriodKind.YEAR,
            year,
            null,
            null,
            null,
            null,
            LocalDate.of(year, 12, 5),
            LocalDate.of(year, 12, 12),
            LocalDate.of(year, 12, 20)),
        ALL,
        DemoCommune.BY);
  }

  /** Before QĐ 366: grades chosen by criteria; every good first, then excellent up to the cap. */
  private void gradeByCriteria(long cycle, Long notCompleted) {
    var all = evaluations.evaluations(cycle, null, ALL);
    var excellent = new ArrayList<Evaluation>();
    for (var e : all) {
      Grade grade;
      if (e.isMember() && e.memberId().equals(notCompleted)) {
        grade = Grade.NOT_COMPLETED;
      } else {
        int roll = random.nextInt(100);
        grade = roll < 14 ? Grade.EXCELLENT : roll < 95 ? Grade.GOOD : Grade.COMPLETED;
      }
      if (grade == Grade.EXCELLENT && e.isMember()) {
        excellent.add(e);
        grade = Grade.GOOD; // proposed excellent, decided once the good grades are in
        proposeByCriteria(e, Grade.EXCELLENT);
        continue;
      }
      proposeByCriteria(e, grade);
      decide(e.id(), criteria(grade, null));
    }
    var cap = evaluations.cap(evaluations.cycle(cycle, ALL).orElseThrow());
    int room = cap.allowed() - cap.excellent();
    for (var e : excellent) {
      boolean fits = room-- > 0;
      decide(e.id(), criteria(fits ? Grade.EXCELLENT : Grade.GOOD, fits ? null : LOWER));
    }
  }

  private void proposeByCriteria(Evaluation e, Grade grade) {
    Grade self = grade == Grade.NOT_COMPLETED ? Grade.COMPLETED : grade;
    record(e.id(), Step.SELF, criteria(self, null));
    record(
        e.id(),
        Step.PROPOSAL,
        criteria(
            grade,
            grade == Grade.NOT_COMPLETED ? "Bỏ sinh hoạt nhiều tháng, không đóng đảng phí" : null));
  }

  /** QĐ 366: points on 100, grades following them; excellent beyond the cap decided good. */
  private void gradeByPoints(long cycle) {
    var all = evaluations.evaluations(cycle, null, ALL);
    var excellent = new ArrayList<Evaluation>();
    var assessments = new java.util.HashMap<Long, Assessment>();
    for (var e : all) {
      int roll = random.nextInt(100);
      var a =
          roll < 15
              ? points(27, 64, true, 35)
              : roll < 93
                  ? points(
                      22 + random.nextInt(6), 50 + random.nextInt(14), true, random.nextInt(30))
                  : points(20, 38 + random.nextInt(10), false, 0);
      assessments.put(e.id(), a);
      record(e.id(), Step.SELF, a);
      record(e.id(), Step.PROPOSAL, a);
      if (e.isMember() && a.total().compareTo(BigDecimal.valueOf(90)) >= 0) {
        excellent.add(e);
      } else {
        decide(e.id(), a);
      }
    }
    var cap = evaluations.cap(evaluations.cycle(cycle, ALL).orElseThrow());
    int room = cap.allowed() - cap.excellent();
    for (var e : excellent) {
      var a = assessments.get(e.id());
      decide(e.id(), room-- > 0 ? a : lowered(a));
    }
  }

  /** This year: most self-assessments in, the village cell's proposals made, nothing decided. */
  private void underWay(long cycle, long villageCell) {
    for (var e : evaluations.evaluations(cycle, null, ALL)) {
      if (!e.isMember() || random.nextInt(100) < 30) {
        continue;
      }
      var a = points(23 + random.nextInt(5), 52 + random.nextInt(12), true, random.nextInt(35));
      record(e.id(), Step.SELF, a);
      if (e.cellId() == villageCell) {
        record(e.id(), Step.PROPOSAL, a);
      }
    }
  }

  private void rewards(long langCheu, long villageCell) {
    reward(
        null,
        langCheu,
        2023,
        "Giấy khen",
        "Ban Thường vụ Huyện ủy Bắc Yên",
        "Đảng bộ xã hoàn thành tốt nhiệm vụ, làm tốt công tác phát triển đảng viên");
    reward(
        null,
        villageCell,
        2024,
        "Giấy khen",
        "Đảng ủy xã Làng Chếu",
        "Chi bộ hoàn thành xuất sắc nhiệm vụ 2024");
    var cycle = evaluations.yearCycle(langCheu, 2024).orElseThrow();
    evaluations.evaluations(cycle.id(), null, ALL).stream()
        .filter(e -> e.isMember() && e.decided() == Grade.EXCELLENT)
        .sorted(Comparator.comparing(Evaluation::memberId))
        .limit(3)
        .forEach(
            e ->
                reward(
                    e.memberId(),
                    null,
                    2024,
                    "Giấy khen",
                    "Đảng ủy xã Làng Chếu",
                    "Đảng viên hoàn thành xuất sắc nhiệm vụ năm 2024"));
  }

  private void reward(
      Long member, Long organization, int year, String title, String issuer, String reason) {
    rewards.add(
        new Rewards.RewardRequest(
            member,
            organization,
            year,
            title,
            issuer,
            (10 + random.nextInt(80)) + "-QĐ/ĐU",
            LocalDate.of(year + 1, 1, 15),
            reason),
        ALL,
        DemoCommune.BY);
  }

  private void decide(long evaluation, Assessment a) {
    record(evaluation, Step.DECISION, a);
  }

  /** Records a step; every evaluation starts at version 0 and each step adds one. */
  private void record(long evaluation, Step step, Assessment a) {
    int version = versions.merge(evaluation, 1, Integer::sum) - 1;
    evaluationSteps.record(evaluation, step, version, a, ALL, DemoCommune.BY);
  }

  private static Assessment criteria(Grade grade, String comment) {
    return new Assessment(
        null, null, grade != Grade.NOT_COMPLETED, null, null, false, true, grade, comment);
  }

  private static Assessment points(int general, int tasks, boolean onTime, int exceeding) {
    return new Assessment(
        BigDecimal.valueOf(general),
        BigDecimal.valueOf(tasks),
        onTime,
        exceeding,
        0,
        false,
        true,
        null,
        null);
  }

  private static Assessment lowered(Assessment a) {
    return new Assessment(
        a.generalPoints(),
        a.taskPoints(),
        a.allTasksOnTime(),
        a.exceedingPercent(),
        a.latePercent(),
        a.disciplined(),
        a.shortcomingsFixed(),
        Grade.GOOD,
        LOWER);
  }
}
