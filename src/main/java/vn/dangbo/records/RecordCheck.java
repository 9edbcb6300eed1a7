package vn.dangbo.records;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.dangbo.members.Member;
import vn.dangbo.members.Sex;
import vn.dangbo.shared.CitizenId;
import vn.dangbo.shared.RefusedException;

/**
 * How complete and plausible a member's record is against the national database's sheet: each
 * required field missing or implausible is a problem; the score is the share of required fields
 * without one.
 */
public record RecordCheck(
    long memberId,
    String fullName,
    String cellName,
    int score,
    List<Problem> problems,
    List<String> duplicates) {

  private static final Pattern EDUCATION = Pattern.compile("^[0-9]{1,2}/1[02]$");
  private static final Pattern PHONE = Pattern.compile("^(0|\\+84)[0-9]{9,10}$");

  /** A field missing, or holding a value that cannot be right. */
  public record Problem(NationalField field, boolean missing, String code) {}

  public RecordCheck {
    problems = List.copyOf(problems);
    duplicates = List.copyOf(duplicates);
  }

  /** The member's record checked. */
  static RecordCheck of(Member member) {
    var problems = new ArrayList<Problem>();
    int required = 0;
    for (var field : NationalField.values()) {
      if (!field.requiredFor(member)) {
        continue;
      }
      required++;
      if (field.of(member) == null) {
        problems.add(new Problem(field, true, "quality.missing"));
      }
    }
    var r = member.record();
    implausible(problems, NationalField.CITIZEN_ID, citizenIdProblem(member));
    if (r.generalEducation() != null && !EDUCATION.matcher(r.generalEducation()).matches()) {
      implausible(problems, NationalField.GENERAL_EDUCATION, "quality.education");
    }
    LocalDate admitted = r.admissionDecisionDate();
    if (admitted != null
        && r.birthDate() != null
        && Period.between(r.birthDate(), admitted).getYears() < 18) {
      implausible(problems, NationalField.ADMISSION_DATE, "quality.admittedYoung");
    }
    if (r.admissionCeremonyDate() != null
        && admitted != null
        && r.admissionCeremonyDate().isBefore(admitted)) {
      implausible(problems, NationalField.ADMISSION_DATE, "quality.ceremonyBeforeDecision");
    }
    if (r.phone() != null && !PHONE.matcher(r.phone()).matches()) {
      problems.add(new Problem(null, false, "quality.phone"));
    }
    long failing = problems.stream().map(Problem::field).filter(f -> f != null).distinct().count();
    int score = required == 0 ? 100 : Math.round(100f * (required - failing) / required);
    return new RecordCheck(
        member.id(), member.fullName(), member.cellName(), score, problems, List.of());
  }

  /** Whether the record is complete, plausible and like nobody else's. */
  public boolean complete() {
    return problems.isEmpty() && duplicates.isEmpty();
  }

  RecordCheck withDuplicates(List<String> others) {
    return new RecordCheck(memberId, fullName, cellName, score, problems, others);
  }

  private static String citizenIdProblem(Member member) {
    var r = member.record();
    if (r.citizenId() == null) {
      return null;
    }
    try {
      CitizenId.ofNullable(r.citizenId())
          .checkAgainst(r.birthDate(), r.sex() == null ? null : r.sex() == Sex.FEMALE);
      return null;
    } catch (RefusedException | IllegalArgumentException e) {
      return "quality.citizenId";
    }
  }

  private static void implausible(List<Problem> problems, NationalField field, String code) {
    if (code != null) {
      problems.add(new Problem(field, false, code));
    }
  }
}
