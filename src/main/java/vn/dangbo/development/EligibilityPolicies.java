package vn.dangbo.development;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dangbo.members.MemberStatistics;
import vn.dangbo.members.MemberStatus;
import vn.dangbo.rules.Rule;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;

/**
 * The conditions a candidate must meet when the cell considers the admission, each a named policy
 * that reads the rule in force on that day: age in whole months, education, the course
 * certificate's validity, the introducers, and the age of the dossier. The policies are functions
 * of the candidate, the rule values and the day: given the rules and the introducers' placements
 * ({@link #of}), they are judged without Spring or a database.
 */
@Component
public class EligibilityPolicies {

  /** Where a member stood on a day (their cell and status), as the members' history says. */
  @FunctionalInterface
  public interface Placements {
    Optional<MemberStatistics.Placement> on(long memberId, LocalDate day);
  }

  private final RuleSource rules;
  private final Placements placements;

  @Autowired
  EligibilityPolicies(RuleBook rules, MemberStatistics statistics) {
    this(rules, statistics::placementOn);
  }

  private EligibilityPolicies(RuleSource rules, Placements placements) {
    this.rules = rules;
    this.placements = placements;
  }

  /** The policies judging by these rule values and placements. */
  public static EligibilityPolicies of(RuleSource rules, Placements placements) {
    return new EligibilityPolicies(rules, placements);
  }

  /**
   * Every check as of the day. {@code dossier} is the dossier step to judge (the latest, or the one
   * being recorded); {@code consentNumber} is the provincial standing committee's written consent
   * for a person over the age limit, if recorded.
   */
  public List<Check> checks(Candidate candidate, Step dossier, String consentNumber, LocalDate on) {
    var checks = new ArrayList<Check>();
    checks.add(age(candidate.person().birthDate(), consentNumber, on));
    checks.add(education(candidate.person(), on));
    checks.add(certificate(candidate.last(StepKind.COURSE_PASSED).orElse(null), on));
    checks.add(introducers(candidate.person(), introducing(candidate, dossier), on));
    checks.add(dossierAge(dossier, on));
    if (candidate.formerMembership() != null) {
      checks.add(readmission(candidate.formerMembership(), on));
    }
    return checks;
  }

  /**
   * The step whose introducers are in force: the latest replacement of introducers since the
   * dossier, or the dossier itself.
   */
  public Optional<Step> introducing(Candidate candidate) {
    return Optional.ofNullable(
        introducing(candidate, candidate.last(StepKind.DOSSIER).orElse(null)));
  }

  private static Step introducing(Candidate candidate, Step dossier) {
    if (dossier == null) {
      return null;
    }
    return candidate
        .last(StepKind.INTRODUCER_REPLACED)
        .filter(replaced -> !replaced.on().isBefore(dossier.on()))
        .orElse(dossier);
  }

  /** Age in whole months on the day: from the minimum to the maximum, or over it with consent. */
  Check age(LocalDate birth, String consentNumber, LocalDate on) {
    long months = ChronoUnit.MONTHS.between(birth, on);
    String age = (months / 12) + " năm " + (months % 12) + " tháng";
    Rule min = rules.at(on, RuleKey.ADMISSION_AGE_MIN_MONTHS);
    Rule max = rules.at(on, RuleKey.ADMISSION_AGE_MAX_MONTHS);
    if (months < min.asInt()) {
      return fail("age", "development.check.ageTooYoung", min, age);
    }
    if (months > max.asInt()) {
      return consentNumber == null || consentNumber.isBlank()
          ? fail("age", "development.check.ageOver", max, age)
          : pass("age", "development.check.ageOverWithConsent", max, age, consentNumber);
    }
    return pass("age", "development.check.age", max, age);
  }

  /** General education, with the lower minimum of mountain and ethnic-minority areas. */
  Check education(NewCandidate person, LocalDate on) {
    Rule rule =
        rules.at(
            on,
            person.ethnicArea()
                ? RuleKey.ADMISSION_EDUCATION_MIN_GRADE_ETHNIC_AREA
                : RuleKey.ADMISSION_EDUCATION_MIN_GRADE);
    Integer grade = person.educationGrade();
    if (grade == null) {
      return fail("education", "development.check.educationMissing", rule);
    }
    return grade >= rule.asInt()
        ? pass("education", "development.check.education", rule, String.valueOf(grade))
        : fail("education", "development.check.educationLow", rule, String.valueOf(grade));
  }

  /** The awareness-course certificate, valid on the day. */
  Check certificate(Step course, LocalDate on) {
    Rule rule = rules.at(on, RuleKey.COURSE_CERTIFICATE_VALIDITY_MONTHS);
    if (course == null) {
      return fail("certificate", "development.check.certificateMissing", rule);
    }
    LocalDate validUntil = course.on().plusMonths(rule.asInt());
    return on.isAfter(validUntil)
        ? fail("certificate", "development.check.certificateExpired", rule, day(validUntil))
        : pass("certificate", "development.check.certificate", rule, day(validUntil));
  }

  /**
   * Two official members, or one and a union resolution; each introducer official on the day and
   * with the person long enough, unless a replacement. A Youth Union resolution introduces only a
   * Union member of youth age on the day; a trade-union resolution has no age limit. Each refusal
   * names the rule it applies.
   */
  Check introducers(NewCandidate person, Step dossier, LocalDate on) {
    Rule count = rules.at(on, RuleKey.INTRODUCER_OFFICIAL_MEMBERS);
    if (dossier == null) {
      return fail("introducers", "development.check.introducersMissing", count);
    }
    Rule known = rules.at(on, RuleKey.INTRODUCER_KNOWN_MONTHS);
    int valid = 0;
    for (var introducer : dossier.introducers()) {
      var placement = placements.on(introducer.memberId(), on);
      if (placement.isEmpty() || placement.get().status() != MemberStatus.OFFICIAL) {
        return fail("introducers", "development.check.introducerNotOfficial", count);
      }
      if (!introducer.replacement() && introducer.monthsKnown() < known.asInt()) {
        return fail(
            "introducers",
            "development.check.introducerKnownShort",
            known,
            String.valueOf(introducer.monthsKnown()));
      }
      valid++;
    }
    if (dossier.youthUnionResolution()) {
      Rule youth = rules.at(on, RuleKey.INTRODUCER_YOUTH_UNION_MAX_AGE_YEARS);
      long years = ChronoUnit.YEARS.between(person.birthDate(), on);
      if (!person.youthUnion()) {
        return fail("introducers", "development.check.youthUnionNotMember", youth);
      }
      if (years > youth.asInt()) {
        return fail(
            "introducers", "development.check.youthUnionTooOld", youth, String.valueOf(years));
      }
    }
    boolean resolution = dossier.youthUnionResolution() || dossier.tradeUnionResolution();
    boolean enough = valid >= count.asInt() || (resolution && valid >= count.asInt() - 1);
    return enough
        ? pass("introducers", "development.check.introducers", count)
        : fail("introducers", "development.check.introducersTooFew", count);
  }

  /**
   * Re-admission of a former member: not after leaving in a way that bars it, not more often than
   * the rule allows, only after long enough out of the Party and, after a less serious crime, long
   * enough after the record was cleared.
   */
  Check readmission(FormerMembership former, LocalDate on) {
    Rule barred = rules.at(on, RuleKey.READMISSION_BARRED_REASONS);
    if (barred.asCodes().contains(former.reason().name())) {
      return fail("readmission", "development.check.readmissionBarred", barred);
    }
    Rule times = rules.at(on, RuleKey.READMISSION_MAX_TIMES);
    if (former.timesReadmitted() >= times.asInt()) {
      return fail(
          "readmission",
          "development.check.readmissionTimes",
          times,
          String.valueOf(former.timesReadmitted()));
    }
    Rule out = rules.at(on, RuleKey.READMISSION_MONTHS_OUT);
    long monthsOut = ChronoUnit.MONTHS.between(former.leftOn(), on);
    if (monthsOut < out.asInt()) {
      return fail(
          "readmission", "development.check.readmissionTooSoon", out, String.valueOf(monthsOut));
    }
    if (former.reason() == FormerMembership.ExitReason.LESS_SERIOUS_CRIME_CONVICTED) {
      Rule cleared = rules.at(on, RuleKey.READMISSION_MONTHS_AFTER_RECORD_CLEARED);
      long since = ChronoUnit.MONTHS.between(former.recordClearedOn(), on);
      if (since < cleared.asInt()) {
        return fail(
            "readmission",
            "development.check.readmissionRecordCleared",
            cleared,
            String.valueOf(since));
      }
    }
    return pass("readmission", "development.check.readmission", out, String.valueOf(monthsOut));
  }

  /** The dossier's documents, not older than the rule allows when the cell considers them. */
  Check dossierAge(Step dossier, LocalDate on) {
    Rule rule = rules.at(on, RuleKey.DOSSIER_VALIDITY_MONTHS);
    if (dossier == null) {
      return fail("dossier", "development.check.dossierMissing", rule);
    }
    LocalDate validUntil = dossier.on().plusMonths(rule.asInt());
    return on.isAfter(validUntil)
        ? fail("dossier", "development.check.dossierStale", rule, day(validUntil))
        : pass("dossier", "development.check.dossier", rule, day(validUntil));
  }

  /** A day as Vietnamese write it, for messages. */
  static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private static Check pass(String name, String code, Rule rule, Object... arguments) {
    return check(name, true, code, rule, arguments);
  }

  private static Check fail(String name, String code, Rule rule, Object... arguments) {
    return check(name, false, code, rule, arguments);
  }

  private static Check check(
      String name, boolean passed, String code, Rule rule, Object... arguments) {
    var all = java.util.Arrays.copyOf(arguments, arguments.length + 2);
    all[arguments.length] = rule.value();
    all[arguments.length + 1] = rule.legalBasis();
    return new Check(name, passed, code, all, rule.key().key(), rule.value(), rule.legalBasis());
  }
}
