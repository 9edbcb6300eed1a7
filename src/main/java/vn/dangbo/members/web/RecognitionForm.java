package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.members.RecognitionKind;

record RecognitionForm(
    RecognitionKind kind,
    LocalDate on,
    String decisionNumber,
    String decisionIssuer,
    Integer votesFor,
    String certificate,
    String note) {}
