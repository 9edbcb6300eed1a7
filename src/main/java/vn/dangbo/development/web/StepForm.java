package vn.dangbo.development.web;

import java.time.LocalDate;
import java.util.ArrayList;
import vn.dangbo.development.Introducer;
import vn.dangbo.development.StepKind;
import vn.dangbo.development.StepRequest;
import vn.dangbo.shared.DecisionRef;

record StepForm(
    StepKind kind,
    LocalDate on,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    Integer votesFor,
    Integer votesAgainst,
    String certificate,
    Long mentorId,
    Long firstIntroducer,
    Integer firstMonths,
    Long secondIntroducer,
    Integer secondMonths,
    Boolean replacement,
    Boolean youthUnionResolution,
    Boolean tradeUnionResolution,
    String consentNumber,
    String note,
    Boolean confirmedNotDuplicate,
    Long meetingId,
    Integer version) {

  static StepForm blank(StepKind kind, LocalDate today) {
    return new StepForm(
        kind, today, null, null, null, null, null, null, null, null, null, null, null, false, false,
        false, null, null, null, null, null);
  }

  StepForm withVersion(int current) {
    return new StepForm(
        kind,
        on,
        decisionNumber,
        decisionDate,
        decisionIssuer,
        votesFor,
        votesAgainst,
        certificate,
        mentorId,
        firstIntroducer,
        firstMonths,
        secondIntroducer,
        secondMonths,
        replacement,
        youthUnionResolution,
        tradeUnionResolution,
        consentNumber,
        note,
        confirmedNotDuplicate,
        meetingId,
        version == null ? current : version);
  }

  StepRequest request() {
    var introducers = new ArrayList<Introducer>();
    if (firstIntroducer != null) {
      introducers.add(
          new Introducer(firstIntroducer, firstMonths == null ? 0 : firstMonths, false));
    }
    if (secondIntroducer != null) {
      introducers.add(
          new Introducer(
              secondIntroducer,
              secondMonths == null ? 0 : secondMonths,
              Boolean.TRUE.equals(replacement)));
    }
    return new StepRequest(
        kind,
        on,
        new DecisionRef(decisionNumber, decisionDate, decisionIssuer),
        votesFor,
        votesAgainst,
        certificate,
        mentorId,
        introducers,
        Boolean.TRUE.equals(youthUnionResolution),
        Boolean.TRUE.equals(tradeUnionResolution),
        consentNumber,
        note,
        Boolean.TRUE.equals(confirmedNotDuplicate),
        meetingId);
  }
}
