package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.members.RecognitionKind;
import vn.dangbo.shared.DecisionRef;

record RecognitionRequest(
    RecognitionKind kind,
    LocalDate on,
    DecisionRef decision,
    Integer votesFor,
    String certificate,
    String note) {}
