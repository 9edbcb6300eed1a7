package vn.dangbo.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.dangbo.development.AdmissionPipeline;
import vn.dangbo.development.Candidates;
import vn.dangbo.development.Introducer;
import vn.dangbo.development.NewCandidate;
import vn.dangbo.development.Stage;
import vn.dangbo.development.StepKind;
import vn.dangbo.development.StepRequest;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.MemberRecord;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.CommitteeMembers;
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

  private final AdmissionPipeline development;

  private final vn.dangbo.development.CandidateIntake intake;
  private final Candidates candidates;
  private final MemberStatistics statistics;
  private final CommitteeMembers committeeMembers;
  private final Organizations organizations;
  private final Random random = new Random(2006L);

  DemoPipeline(
      AdmissionPipeline development,
      vn.dangbo.development.CandidateIntake intake,
      Candidates candidates,
      MemberStatistics statistics,
      CommitteeMembers committeeMembers,
      Organizations organizations) {
    this.development = development;
    this.intake = intake;
    this.candidates = candidates;
    this.statistics = statistics;
    this.committeeMembers = committeeMembers;
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

  private boolean official(long member, LocalDate on) {
    return statistics
        .placementOn(member, on)
        .filter(p -> p.status() == MemberStatus.OFFICIAL)
        .isPresent();
  }

  private int serial = 100;

  /** The next number for a demo decision, shared by the past and today's pipeline. */
  int serial() {
    return ++serial;
  }
}
