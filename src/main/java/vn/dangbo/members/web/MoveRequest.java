package vn.dangbo.members.web;

import java.time.LocalDate;
import vn.dangbo.shared.DecisionRef;

record MoveRequest(int version, Long cellId, LocalDate on, DecisionRef decision, String reason) {}
