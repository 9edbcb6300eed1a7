package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dangbo.development.AdmissionPipeline;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.development.Introducer;
import vn.dangbo.development.NewCandidate;
import vn.dangbo.development.Stage;
import vn.dangbo.development.StepKind;
import vn.dangbo.development.StepRequest;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.Sex;
import vn.dangbo.shared.DecisionRef;

/**
 * Today's candidates in the demo: someone at every stage relative to today, taken through their
 * steps by the same rules as real data.
 */
@Component
class DemoPresentDay {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final DemoPipeline pipeline;
  private final AdmissionPipeline development;
  private final vn.dangbo.development.CandidateIntake intake;
  private final Candidates candidates;
  private final MemberStatistics statistics;
  private final DevelopmentFigures figures;

  DemoPresentDay(
      DemoPipeline pipeline,
      AdmissionPipeline development,
      vn.dangbo.development.CandidateIntake intake,
      Candidates candidates,
      MemberStatistics statistics,
      DevelopmentFigures figures) {
    this.pipeline = pipeline;
    this.development = development;
    this.intake = intake;
    this.candidates = candidates;
    this.statistics = statistics;
    this.figures = figures;
  }

  /**
   * Today's pipeline, relative to {@code today}: someone at every stage, a person from a village
   * without a cell followed by the neighbouring cell, a certificate about to expire, a member due
   * for recognition next month, and a cell behind its quota.
   */
  void load(
      Map<String, Long> cells,
      Map<String, Long> places,
      Map<Long, List<Long>> cellMembers,
      LocalDate today) {
    long langCheu = cells.get("Chi bộ bản Làng Chếu");
    open(
        person("Giàng A Chớ", Sex.MALE, LocalDate.of(2004, 5, 12), langCheu, null),
        today.minusMonths(2));

    long phinhHo = cells.get("Chi bộ bản Phình Hồ");
    long fromHangCho =
        open(
            person(
                "Hờ Thị Nhìa",
                Sex.FEMALE,
                LocalDate.of(2002, 8, 3),
                phinhHo,
                places.get("Bản Háng Chơ")),
            today.minusMonths(7));
    pipeline.step(fromHangCho, pipeline.introduced(today.minusMonths(6)));

    long hangGang = cells.get("Chi bộ bản Háng Gằng");
    long sympathiser =
        open(
            person("Vàng A Dình", Sex.MALE, LocalDate.of(2001, 2, 17), hangGang, null),
            today.minusMonths(14));
    pipeline.step(sympathiser, pipeline.introduced(today.minusMonths(13)));
    pipeline
        .officialAt(cellMembers.get(hangGang), today.minusMonths(9))
        .ifPresent(
            mentor ->
                pipeline.step(sympathiser, pipeline.sympathiserStep(today.minusMonths(9), mentor)));

    // the certificate of this sympathiser expires next month: the dossier must go to the cell now
    long paChay = cells.get("Chi bộ bản Pá Chày");
    LocalDate course = today.minusMonths(60).plusDays(20);
    long expiring =
        open(
            person("Mùa A Thênh", Sex.MALE, LocalDate.of(1995, 11, 9), paChay, null),
            course.minusMonths(20));
    pipeline.step(expiring, pipeline.introduced(course.minusMonths(18)));
    pipeline
        .officialAt(cellMembers.get(paChay), course.minusMonths(12))
        .ifPresent(
            mentor ->
                pipeline.step(expiring, pipeline.sympathiserStep(course.minusMonths(12), mentor)));
    pipeline.step(expiring, pipeline.course(course));

    long kheLong = cells.get("Chi bộ bản Khe Lóng");
    through(
        kheLong,
        "Thào Thị Pằng",
        Sex.FEMALE,
        LocalDate.of(2003, 4, 21),
        cellMembers,
        today,
        StepKind.DOSSIER);
    long chongTra = cells.get("Chi bộ bản Chống Tra");
    through(
        chongTra,
        "Hạng A Khứ",
        Sex.MALE,
        LocalDate.of(2000, 9, 30),
        cellMembers,
        today,
        StepKind.CELL_VOTE);
    long troA = cells.get("Chi bộ bản Trò A");
    through(
        troA,
        "Sùng A Nủ",
        Sex.MALE,
        LocalDate.of(1999, 12, 2),
        cellMembers,
        today,
        StepKind.DECISION);

    // admitted eleven months ago: probation ends next month, recognition is due
    long mongVang = cells.get("Chi bộ bản Mống Vàng");
    LocalDate ceremony = today.minusMonths(11);
    through(
        mongVang,
        "Giàng Thị Sinh",
        Sex.FEMALE,
        LocalDate.of(2001, 6, 6),
        cellMembers,
        ceremony,
        StepKind.CEREMONY);

    // Sừ Thàng was asked for two admissions this year and has nobody past the course
    figures.setQuota(cells.get("Chi bộ bản Sừ Thàng"), today.getYear(), 2, ALL, DemoCommune.BY);
  }

  /**
   * A person taken through the steps up to and including {@code last}, the last step falling on
   * {@code end}; returns the candidate's id.
   */
  private long through(
      long cell,
      String name,
      Sex sex,
      LocalDate birth,
      Map<Long, List<Long>> cellMembers,
      LocalDate end,
      StepKind last) {
    LocalDate start = end.minusMonths(14);
    long id = open(person(name, sex, birth, cell, null), start);
    pipeline.step(id, pipeline.introduced(start.plusMonths(1)));
    var mentor =
        pipeline
            .officialAt(
                cellMembers.get(cell), start.plusMonths(2), end.minusMonths(2), end.minusDays(40))
            .orElseThrow();
    pipeline.step(id, pipeline.sympathiserStep(start.plusMonths(2), mentor));
    pipeline.step(id, pipeline.course(start.plusMonths(6)));
    pipeline.step(
        id,
        StepRequest.dossier(end.minusMonths(2), List.of(new Introducer(mentor, 30, false)), true));
    if (last == StepKind.DOSSIER) {
      return id;
    }
    LocalDate vote = end.minusDays(40);
    pipeline.step(
        id,
        StepRequest.vote(
            StepKind.CELL_VOTE,
            vote,
            new DecisionRef(pipeline.serial() + "-NQ/CB", vote, null),
            statistics.officialMembersOn(cell, vote)));
    if (last == StepKind.CELL_VOTE) {
      return id;
    }
    LocalDate decision = end.minusDays(last == StepKind.DECISION ? 0 : 14);
    pipeline.step(
        id,
        StepRequest.decided(
            StepKind.DECISION,
            decision,
            new DecisionRef(
                pipeline.serial() + "-QĐ/ĐU",
                decision,
                development.chain(cell, decision).decidingOrganization().name())));
    if (last == StepKind.DECISION) {
      return id;
    }
    pipeline.step(id, StepRequest.ceremony(end, true));
    return id;
  }

  private long open(NewCandidate person, LocalDate since) {
    return intake.open(
        new NewCandidate(
            person.fullName(),
            person.sex(),
            person.birthDate(),
            person.ethnicityCode(),
            person.citizenId(),
            person.educationGrade(),
            person.ethnicArea(),
            person.occupation(),
            person.residence(),
            person.homePlaceId(),
            person.cellId(),
            person.massOrganization(),
            person.youthUnion(),
            person.militia(),
            person.teacher(),
            person.healthWorker(),
            person.villageOfficial(),
            Stage.SOURCE,
            since),
        ALL,
        DemoCommune.BY);
  }

  private static NewCandidate person(String name, Sex sex, LocalDate birth, long cell, Long place) {
    return new NewCandidate(
        name,
        sex,
        birth,
        8,
        null,
        9,
        true,
        "Làm nương",
        null,
        place,
        cell,
        null,
        true,
        false,
        false,
        false,
        false,
        Stage.SOURCE,
        null);
  }
}
