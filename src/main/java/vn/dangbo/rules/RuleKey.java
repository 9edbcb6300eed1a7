package vn.dangbo.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The rules dangbo knows, by their key in the rulebook, with the kind of value each takes. */
public enum RuleKey {
  /** Length of probation, in months from the admission ceremony. */
  PROBATION_MONTHS("probation.months", Kind.COUNT),
  /** Party ages at which a badge is awarded, in years. */
  BADGE_MILESTONES_YEARS("badge.milestones.years", Kind.COUNTS),
  /** How early a seriously ill member may receive a badge of 30 to 65 years, in months. */
  BADGE_EARLY_MONTHS_UP_TO_65("badge.early.months.upTo65", Kind.COUNT),
  /** How early a seriously ill member may receive a badge of 70 years or more, in months. */
  BADGE_EARLY_MONTHS_FROM_70("badge.early.months.from70", Kind.COUNT),
  /** Shortest attachment to another organisation for a while, in months. */
  TEMPORARY_ATTACHMENT_MIN_MONTHS("temporaryAttachment.minMonths", Kind.COUNT),
  /** Longest attachment to another organisation for a while (full-time study), in months. */
  TEMPORARY_ATTACHMENT_MAX_MONTHS("temporaryAttachment.maxMonths", Kind.COUNT),
  /** Working days a transferring member has to complete the transfer. */
  TRANSFER_COMPLETE_WORKING_DAYS("transfer.complete.workingDays", Kind.COUNT),
  /** Working days to present the introduction letter to the receiving cell. */
  TRANSFER_PRESENT_WORKING_DAYS("transfer.present.workingDays", Kind.COUNT),
  /** Youngest age for admission, in whole months, on the day the cell considers it. */
  ADMISSION_AGE_MIN_MONTHS("admission.age.min.months", Kind.COUNT),
  /** Oldest age for admission without the provincial standing committee's written consent. */
  ADMISSION_AGE_MAX_MONTHS("admission.age.max.months", Kind.COUNT),
  /** Lowest general-education grade completed (9 = lower secondary). */
  ADMISSION_EDUCATION_MIN_GRADE("admission.education.min.grade", Kind.COUNT),
  /** The same in mountain, border, island and ethnic-minority areas (5 = primary). */
  ADMISSION_EDUCATION_MIN_GRADE_ETHNIC_AREA("admission.education.min.grade.ethnicArea", Kind.COUNT),
  /** How long an awareness-course certificate stays valid, in months. */
  COURSE_CERTIFICATE_VALIDITY_MONTHS("course.certificate.validity.months", Kind.COUNT),
  /** How long an introducer must have worked, studied or lived with the person, in months. */
  INTRODUCER_KNOWN_MONTHS("introducer.known.months", Kind.COUNT),
  /** Official members who introduce a person, when no union resolution introduces them too. */
  INTRODUCER_OFFICIAL_MEMBERS("introducer.officialMembers", Kind.COUNT),
  /** The oldest a person introduced by a Youth Union resolution may be, in whole years. */
  INTRODUCER_YOUTH_UNION_MAX_AGE_YEARS("introducer.youthUnion.maxAgeYears", Kind.COUNT),
  /** How old the dossier's documents may be when the cell considers it, in months. */
  DOSSIER_VALIDITY_MONTHS("dossier.validity.months", Kind.COUNT),
  /** Share of the cell's official members who must agree to an admission. */
  CELL_VOTE_SHARE("cell.vote.share", Kind.SHARE),
  /** Share of the committee's members who must agree to an admission. */
  COMMITTEE_VOTE_SHARE("committee.vote.share", Kind.SHARE),
  /** Working days from the cell's resolution within which the admission must be decided. */
  ADMISSION_DECISION_WORKING_DAYS("admission.decision.workingDays", Kind.COUNT),
  /** Working days from the decision within which the ceremony must be held. */
  ADMISSION_CEREMONY_WORKING_DAYS("admission.ceremony.workingDays", Kind.COUNT),
  /** Working days after probation within which the cell considers recognition. */
  RECOGNITION_CONSIDER_WORKING_DAYS("recognition.consider.workingDays", Kind.COUNT),
  /** Working days from the cell's resolution within which recognition must be decided. */
  RECOGNITION_DECISION_WORKING_DAYS("recognition.decision.workingDays", Kind.COUNT),
  /** Working days by which an admission or recognition decision may be put off, by decision. */
  DECISION_EXTENSION_WORKING_DAYS("decision.extension.workingDays", Kind.COUNT),
  /** Recognition votes without the required majority after which the superior decides. */
  RECOGNITION_VOTE_MAX_ROUNDS("recognition.vote.maxRounds", Kind.COUNT),
  /** Months out of the Party before a former member may be re-admitted. */
  READMISSION_MONTHS_OUT("readmission.monthsOut", Kind.COUNT),
  /** Months after a criminal record is cleared before a former member may be re-admitted. */
  READMISSION_MONTHS_AFTER_RECORD_CLEARED("readmission.monthsAfterRecordCleared", Kind.COUNT),
  /** How many times a person may be re-admitted. */
  READMISSION_MAX_TIMES("readmission.maxTimes", Kind.COUNT),
  /** Whether re-admission needs the provincial standing committee's written consent (1 = yes). */
  READMISSION_PROVINCIAL_CONSENT("readmission.provincialConsent", Kind.COUNT),
  /** The ways of leaving the Party after which a person is never re-admitted. */
  READMISSION_BARRED_REASONS("readmission.barredReasons", Kind.CODES),
  /** Admissions a cell is expected to make in a year unless the committee sets its quota. */
  QUOTA_DEFAULT_PER_CELL("quota.default.perCell", Kind.COUNT),
  /** Share of expected members present, in percent, above which a meeting is well attended. */
  MEETING_ATTENDANCE_MIN_PERCENT("meeting.attendance.minPercent", Kind.COUNT),
  /** Excused absences in a row above which a member is flagged. */
  MEETING_EXCUSED_MAX_IN_ROW("meeting.excused.maxInRow", Kind.COUNT),
  /** Days before a meeting on which it is published to the cell's members. */
  MEETING_PUBLISH_DAYS_BEFORE("meeting.publish.daysBefore", Kind.COUNT),
  /** Points of the evaluation scale; 0 when grades are chosen by criteria without points. */
  EVALUATION_POINTS_SCALE("evaluation.points.scale", Kind.COUNT),
  /** Points of the general criteria; the rest of the scale is for task results. */
  EVALUATION_GENERAL_MAX_POINTS("evaluation.points.generalMax", Kind.COUNT),
  /** Lowest points for excellent, good and completed, in that order. */
  EVALUATION_GRADE_MIN_POINTS("evaluation.grade.minPoints", Kind.COUNTS),
  /** Share of tasks exceeding requirements, in percent, that excellent needs. */
  EVALUATION_EXCELLENT_MIN_EXCEEDING_PERCENT(
      "evaluation.excellent.minExceedingPercent", Kind.COUNT),
  /** Share of an organisation's tasks behind schedule, in percent, it may have and complete. */
  EVALUATION_COLLECTIVE_MAX_LATE_PERCENT("evaluation.collective.maxLatePercent", Kind.COUNT),
  /** Members graded excellent, in percent of those graded good, in a grassroots organisation. */
  EVALUATION_EXCELLENT_CAP_PERCENT_OF_GOOD("evaluation.excellent.capPercentOfGood", Kind.COUNT),
  /** Years in a row of "not completed" that make grounds for a removal review. */
  EVALUATION_REMOVAL_YEARS_IN_ROW("evaluation.removal.yearsInRow", Kind.COUNT),
  /** Dues of a member with compulsory insurance, in basis points of the insured salary. */
  DUES_INSURED_SALARY_BASIS_POINTS("dues.insuredSalary.basisPoints", Kind.COUNT),
  /** Dues during sick or maternity leave, in basis points of the insurance allowance. */
  DUES_INSURANCE_ALLOWANCE_BASIS_POINTS("dues.insuranceAllowance.basisPoints", Kind.COUNT),
  /** Dues of a pensioner, in basis points of the pension. */
  DUES_PENSION_BASIS_POINTS("dues.pension.basisPoints", Kind.COUNT),
  /** Dues of a pupil or student, in VND a month. */
  DUES_STUDENT_AMOUNT("dues.student.amount", Kind.COUNT),
  /** Dues of other members below retirement age, in basis points of the regional minimum wage. */
  DUES_MINIMUM_WAGE_BELOW_RETIREMENT_BASIS_POINTS(
      "dues.minimumWage.belowRetirement.basisPoints", Kind.COUNT),
  /** Dues of other members at or above retirement age, in basis points of the minimum wage. */
  DUES_MINIMUM_WAGE_RETIRED_BASIS_POINTS("dues.minimumWage.retired.basisPoints", Kind.COUNT),
  /** The minimum-wage region used where no organisation above a cell has one. */
  DUES_MINIMUM_WAGE_DEFAULT_REGION("dues.minimumWage.defaultRegion", Kind.COUNT),
  /** Dues are rounded to the nearest multiple of this many VND. */
  DUES_ROUNDING_VND("dues.rounding.vnd", Kind.COUNT),
  /** Party age, in years, from which a member pays no dues. */
  DUES_EXEMPT_PARTY_AGE_YEARS("dues.exempt.partyAgeYears", Kind.COUNT),
  /** The most months one exemption or reduction decision may cover. */
  DUES_RELIEF_MAX_MONTHS("dues.relief.maxMonths", Kind.COUNT),
  /** The reductions a decision may grant, in percent. */
  DUES_RELIEF_REDUCTION_PERCENTS("dues.relief.reductionPercents", Kind.COUNTS),
  /** Months unpaid in a year at which the cell is proposed to remove the member. */
  DUES_UNPAID_REMOVAL_MONTHS("dues.unpaid.removalMonths", Kind.COUNT),
  /** Months unpaid in a year at which the cell secretary is warned. */
  DUES_UNPAID_ALERT_MONTHS("dues.unpaid.alertMonths", Kind.COUNT),
  /** The share of the dues it collects that a cell under a grassroots committee keeps. */
  DUES_SHARE_CELL_KEEPS_BASIS_POINTS("dues.share.cellKeeps.basisPoints", Kind.COUNT),
  /** The share of the dues its cells collect that a grassroots organisation remits upward. */
  DUES_SHARE_GRASSROOTS_REMITS_BASIS_POINTS("dues.share.grassrootsRemits.basisPoints", Kind.COUNT),
  /** Months without contact after which a member working away is on the secretary's worklist. */
  AWAY_NO_CONTACT_MONTHS("away.noContact.months", Kind.COUNT),
  /** Length of a party committee's term (commune and above), in months. */
  TERM_COMMITTEE_MONTHS("term.committee.months", Kind.COUNT),
  /** Length of a cell's term, in months. */
  TERM_CELL_MONTHS("term.cell.months", Kind.COUNT),
  /** Months before a term's end from which its congress is on the worklist. */
  TERM_CONGRESS_REMINDER_MONTHS("term.congressReminder.months", Kind.COUNT),
  /** The day of the next month by which a cell's monthly report is due. */
  CELL_REPORT_DUE_DAY("cellReport.dueDay", Kind.COUNT),
  /** Working days ahead within which a development step or probation due is notified. */
  NOTIFY_STEPS_WORKING_DAYS("notify.steps.workingDays", Kind.COUNT),
  /** Working days ahead within which a party badge due is notified. */
  NOTIFY_BADGES_WORKING_DAYS("notify.badges.workingDays", Kind.COUNT),
  /** The day of the month from which a cell that has not yet met that month is notified. */
  NOTIFY_MEETINGS_DAY_OF_MONTH("notify.meetings.dayOfMonth", Kind.COUNT),
  /** Months after leaving the pipeline after which a person's identifying data is removed. */
  PRIVACY_LEFT_CANDIDATE_RETENTION_MONTHS("privacy.leftCandidate.retentionMonths", Kind.COUNT),
  /** Legal retirement age of men in the year, in months. */
  RETIREMENT_MEN_MONTHS("retirement.men.months", Kind.COUNT),
  /** Legal retirement age of women in the year, in months. */
  RETIREMENT_WOMEN_MONTHS("retirement.women.months", Kind.COUNT);

  /** What a value of the rule looks like. */
  public enum Kind {
    /** A whole number: "12". */
    COUNT,
    /** Whole numbers separated by commas: "30,40,45". */
    COUNTS,
    /** A fraction: "2/3". */
    SHARE,
    /** Codes separated by commas: "QUIT_ACTIVITIES,DISUNITY". */
    CODES
  }

  private final String key;
  private final Kind kind;

  RuleKey(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
  }

  /** The dotted key, as every refusal and the API name the rule. */
  @JsonValue
  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  @JsonCreator
  public static RuleKey fromKey(String key) {
    return of(key).orElse(null);
  }

  public static Optional<RuleKey> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
