package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

record ReceiveRequest(
    String citizenId, Long cellId, LocalDate on, DecisionRef decision, String reason) {}
