package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.Development;
import vn.dangbo.development.DevelopmentFigures;
import vn.dangbo.development.Introducer;
import vn.dangbo.development.NewCandidate;
import vn.dangbo.development.Stage;
import vn.dangbo.development.StepKind;
import vn.dangbo.development.StepRequest;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.members.Sex;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.shared.DecisionRef;

/**
 * The demo's development history: members admitted since 2006 went through every step (source,
 * outstanding mass, sympathiser, course, dossier, votes, decision, ceremony), and people who took
 * the course but were not admitted left with a reason. Every step goes through the same rules as
 * real data.
 */
@Component
class DemoPipeline {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final Development development;

  private final vn.dangbo.development.CandidateIntake intake;
  private final Candidates candidates;
  private final MemberStatistics statistics;
  private final CommitteeMembers committeeMembers;
  private final DevelopmentFigures figures;
  private final Organizations organizations;
  private final Random random = new Random(2006L);

  DemoPipeline(
      Development development,
      vn.dangbo.development.CandidateIntake intake,
      Candidates candidates,
      MemberStatistics statistics,
      CommitteeMembers committeeMembers,
      DevelopmentFigures figures,
      Organizations organizations) {
    this.development = development;
    this.intake = intake;
    this.candidates = candidates;
    this.statistics = statistics;
    this.committeeMembers = committeeMembers;
    this.figures = figures;
    this.organizations = organizations;
  }

  /**
   * Takes the person from source to ceremony, ending on the decision and ceremony days given, and
   * returns the new member's id; empty when no official member of the cell could mentor and
   * introduce them at the time (the caller then enters the record from paper).
   */
  Optional<Long> admit(
      MemberRecord record,
      LocalDate decision,
      LocalDate ceremony,
      List<Long> cellMembers,
      List<Long> communeMembers) {
    LocalDate source = decision.minusMonths(30);
    LocalDate sympathiser = source.plusMonths(5);
    LocalDate dossier = decision.minusMonths(3);
    LocalDate cellVote = decision.minusDays(45);
    var mentor = officialAt(cellMembers, sympathiser, dossier, cellVote);
    boolean withinAge = !record.birthDate().plusYears(60).isBefore(cellVote);
    boolean cellExisted = organizations.findOn(record.cellId(), source, ALL).isPresent();
    if (mentor.isEmpty() || !withinAge || !cellExisted) {
      return Optional.empty();
    }
    // a young person is a Union member, introduced by the Youth Union and the mentor; anyone else
    // by the mentor and a second official member, of the cell if it has one, else of the commune
    var introducers = new java.util.ArrayList<>(List.of(new Introducer(mentor.get(), 24, false)));
    boolean youthUnion = record.birthDate().plusYears(31).isAfter(cellVote);
    if (!youthUnion) {
      var others = new java.util.ArrayList<>(cellMembers);
      others.addAll(communeMembers);
      others.removeIf(m -> m.equals(mentor.get()));
      var second = officialAt(others, dossier, cellVote);
      if (second.isEmpty()) {
        return Optional.empty();
      }
      introducers.add(new Introducer(second.get(), 36, false));
    }
    long cell = record.cellId();
    long id = open(record, cell, source, record.youthUnion() || youthUnion);
    step(id, introduced(source.plusMonths(2)));
    step(id, sympathiserStep(sympathiser, mentor.get()));
    step(id, course(decision.minusMonths(10)));
    step(id, StepRequest.dossier(dossier, introducers, youthUnion));
    int voters = statistics.officialMembersOn(cell, cellVote);
    step(
        id,
        StepRequest.vote(
            StepKind.CELL_VOTE,
            cellVote,
            new DecisionRef(serial() + "-NQ/CB", cellVote, null),
            voters));
    var chain = development.chain(cell, decision);
    var committee =
        chain.steps().stream().filter(s -> s.action() == ApprovalAction.RESOLUTION).findFirst();
    if (committee.isPresent()) {
      LocalDate vote = decision.minusDays(20);
      int size = committeeMembers.of(committee.get().organization().id(), vote, ALL).size();
      step(
          id,
          StepRequest.vote(
              StepKind.COMMITTEE_VOTE,
              vote,
              new DecisionRef(serial() + "-NQ/ĐU", vote, committee.get().organization().name()),
              size));
    }
    step(
        id,
        StepRequest.decided(
            StepKind.DECISION,
            decision,
            new DecisionRef(serial() + "-QĐ", decision, chain.decidingOrganization().name())));
    var admitted = step(id, StepRequest.ceremony(ceremony, true));
    return Optional.of(admitted);
  }

  /**
   * Someone who took the course in the year but was not admitted: moved away, or did not meet the
   * conditions in the end.
   */
  void tookTheCourseOnly(MemberRecord like, int year, List<Long> cellMembers) {
    LocalDate course = LocalDate.of(year, 3 + random.nextInt(8), 1 + random.nextInt(27));
    LocalDate source = course.minusMonths(14);
    LocalDate sympathiser = source.plusMonths(6);
    var mentor = officialAt(cellMembers, sympathiser);
    if (mentor.isEmpty() || organizations.findOn(like.cellId(), source, ALL).isEmpty()) {
      return;
    }
    long id = open(like, like.cellId(), source);
    step(id, introduced(source.plusMonths(2)));
    step(id, sympathiserStep(sympathiser, mentor.get()));
    step(id, course(course));
    LocalDate left = course.plusMonths(6 + random.nextInt(18));
    if (left.isBefore(LocalDate.of(2025, 1, 1))) {
      step(
          id,
          StepRequest.noted(
              StepKind.LEFT,
              left,
              random.nextBoolean()
                  ? "Đi làm ăn xa, không còn ở địa phương"
                  : "Chưa đủ tiêu chuẩn, chi bộ tiếp tục bồi dưỡng sau"));
    }
  }

  long open(MemberRecord record, long cell, LocalDate source) {
    return open(record, cell, source, record.youthUnion());
  }

  private long open(MemberRecord record, long cell, LocalDate source, boolean youthUnion) {
    String grade = record.generalEducation();
    int education = grade == null ? 9 : Integer.parseInt(grade.substring(0, grade.indexOf('/')));
    boolean ethnicArea = record.ethnicityCode() != 1;
    return intake.open(
        new NewCandidate(
            record.fullName(),
            record.sex(),
            record.birthDate(),
            record.ethnicityCode(),
            record.citizenId(),
            Math.max(education, ethnicArea ? 5 : 9),
            ethnicArea,
            record.occupation(),
            record.residence(),
            record.homePlaceId(),
            cell,
            null,
            youthUnion,
            record.militia(),
            record.teacher(),
            record.healthWorker(),
            false,
            Stage.SOURCE,
            source,
            record.birthPlace(),
            record.homeTown(),
            record.religion(),
            record.phone()),
        ALL,
        DemoCommune.BY);
  }

  Long step(long id, StepRequest request) {
    var candidate = candidates.find(id, ALL).orElseThrow();
    return development.record(id, candidate.version(), request, ALL, DemoCommune.BY).memberId();
  }

  StepRequest introduced(LocalDate on) {
    return StepRequest.noted(
        StepKind.INTRODUCED,
        on,
        random.nextInt(3) == 0 ? "Hội Liên hiệp Phụ nữ xã" : "Đoàn Thanh niên xã");
  }

  StepRequest sympathiserStep(LocalDate on, long mentor) {
    return StepRequest.sympathiser(on, new DecisionRef(serial() + "-NQ/CB", on, null), mentor);
  }

  StepRequest course(LocalDate on) {
    return StepRequest.course(on, "CN-NTVĐ " + serial(), "Trung tâm Chính trị huyện Bắc Yên");
  }

  /** A member of the list who is official on every one of the days, if any. */
  Optional<Long> officialAt(List<Long> cellMembers, LocalDate... days) {
    return cellMembers.stream()
        .filter(m -> java.util.Arrays.stream(days).allMatch(day -> official(m, day)))
        .findFirst();
  }

  /**
   * Today's pipeline, relative to {@code today}: someone at every stage, a person from a village
   * without a cell followed by the neighbouring cell, a certificate about to expire, a member due
   * for recognition next month, and a cell behind its quota.
   */
  void presentDay(
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
    step(fromHangCho, introduced(today.minusMonths(6)));

    long hangGang = cells.get("Chi bộ bản Háng Gằng");
    long sympathiser =
        open(
            person("Vàng A Dình", Sex.MALE, LocalDate.of(2001, 2, 17), hangGang, null),
            today.minusMonths(14));
    step(sympathiser, introduced(today.minusMonths(13)));
    officialAt(cellMembers.get(hangGang), today.minusMonths(9))
        .ifPresent(mentor -> step(sympathiser, sympathiserStep(today.minusMonths(9), mentor)));

    // the certificate of this sympathiser expires next month: the dossier must go to the cell now
    long paChay = cells.get("Chi bộ bản Pá Chày");
    LocalDate course = today.minusMonths(60).plusDays(20);
    long expiring =
        open(
            person("Mùa A Thênh", Sex.MALE, LocalDate.of(1995, 11, 9), paChay, null),
            course.minusMonths(20));
    step(expiring, introduced(course.minusMonths(18)));
    officialAt(cellMembers.get(paChay), course.minusMonths(12))
        .ifPresent(mentor -> step(expiring, sympathiserStep(course.minusMonths(12), mentor)));
    step(expiring, course(course));

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
    step(id, introduced(start.plusMonths(1)));
    var mentor =
        officialAt(
                cellMembers.get(cell), start.plusMonths(2), end.minusMonths(2), end.minusDays(40))
            .orElseThrow();
    step(id, sympathiserStep(start.plusMonths(2), mentor));
    step(id, course(start.plusMonths(6)));
    step(
        id,
        StepRequest.dossier(end.minusMonths(2), List.of(new Introducer(mentor, 30, false)), true));
    if (last == StepKind.DOSSIER) {
      return id;
    }
    LocalDate vote = end.minusDays(40);
    step(
        id,
        StepRequest.vote(
            StepKind.CELL_VOTE,
            vote,
            new DecisionRef(serial() + "-NQ/CB", vote, null),
            statistics.officialMembersOn(cell, vote)));
    if (last == StepKind.CELL_VOTE) {
      return id;
    }
    LocalDate decision = end.minusDays(last == StepKind.DECISION ? 0 : 14);
    step(
        id,
        StepRequest.decided(
            StepKind.DECISION,
            decision,
            new DecisionRef(
                serial() + "-QĐ/ĐU",
                decision,
                development.chain(cell, decision).decidingOrganization().name())));
    if (last == StepKind.DECISION) {
      return id;
    }
    step(id, StepRequest.ceremony(end, true));
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

  private boolean official(long member, LocalDate on) {
    return statistics
        .placementOn(member, on)
        .filter(p -> p.status() == MemberStatus.OFFICIAL)
        .isPresent();
  }

  private int serial = 100;

  private int serial() {
    return ++serial;
  }
}
