package vn.dangbo.members;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.RuleSource;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * A member as stored: the record, the current status and since when, and the version that guards
 * against two people overwriting each other. The aggregate the status decisions and moves act on:
 * each verb checks the status it starts from, the member's history and the rule values it is given,
 * and answers the change to store, or refuses with the rule and its legal basis.
 */
public record Member(
    long id,
    MemberRecord record,
    String ethnicity,
    String cellName,
    MemberStatus status,
    LocalDate statusSince,
    LocalDate officialDate,
    int version) {

  public String fullName() {
    return record.fullName();
  }

  /** A change to store: the history entry it writes and the day the member became official. */
  record Change(MemberHistory.Entry entry, LocalDate officialDate) {}

  /**
   * The member's status changed by a decision. Refused when the change is not allowed from the
   * current status, is dated before the last change ({@code lastChange}) or after {@code today}, or
   * (for recognition as official) before probation has ended; the member then becomes official on
   * the exact day probation ends, even if the decision came later.
   */
  Change change(StatusDecision decided, LocalDate lastChange, LocalDate today, RuleSource rules) {
    MemberStatus to = decided.to();
    LocalDate on = decided.on();
    LocalDate until = decided.until();
    if (to == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    if (!status.next().contains(to)) {
      throw new RefusedException("member.refused.transition", status, to);
    }
    requireInOrder(on, lastChange, today);
    DecisionRef decision = decided.decision();
    PartyDates.requireSinceFounding("decision", decision);
    if (until != null && (!to.temporary() || !until.isAfter(on))) {
      throw new RefusedException("member.refused.until");
    }
    if (to == MemberStatus.ATTACHED_ELSEWHERE && until != null) {
      requireAttachmentLength(on, until, rules);
    }
    requireShort(decided.reason());
    LocalDate official = officialDate;
    LocalDate effective = on;
    if (status == MemberStatus.PROBATIONARY && to == MemberStatus.OFFICIAL) {
      LocalDate ceremony = record.admissionCeremonyDate();
      if (ceremony == null) {
        throw new RefusedException("member.refused.ceremonyMissing");
      }
      var rule = rules.at(ceremony, RuleKey.PROBATION_MONTHS);
      LocalDate probationEnds = ceremony.plusMonths(rule.asInt());
      if (on.isBefore(probationEnds)) {
        throw new RefusedException(
            "member.refused.probationNotOver", probationEnds, rule.asInt(), rule.legalBasis());
      }
      official = probationEnds;
      // official from the exact end of probation, even when the decision comes later (Điều lệ
      // Đảng, Điều 5); the decision keeps its own day. Only a change recorded after that end (a
      // move during the wait) keeps the history from going back to it.
      if (lastChange == null || !lastChange.isAfter(probationEnds)) {
        effective = probationEnds;
        if (decision != null && decision.date() == null) {
          decision = new DecisionRef(decision.number(), on, decision.issuer());
        }
      }
    }
    return new Change(
        new MemberHistory.Entry(
            id,
            ChangeKind.STATUS,
            record.cellId(),
            status,
            to,
            effective,
            until,
            decision,
            decided.reason()),
        official);
  }

  /**
   * The member moved to another cell of the commune on a day, keeping their status. Refused for a
   * member who has left, a move to the cell they are in, or a day out of order.
   */
  MemberHistory.Entry moveTo(
      long cellId,
      LocalDate on,
      DecisionRef decision,
      String reason,
      LocalDate lastChange,
      LocalDate today) {
    if (on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    if (status.ended()) {
      throw new RefusedException("member.refused.moveEnded", status);
    }
    if (cellId == record.cellId()) {
      throw new RefusedException("member.refused.sameCell");
    }
    requireInOrder(on, lastChange, today);
    requireShort(reason);
    return new MemberHistory.Entry(
        id, ChangeKind.MOVE, cellId, status, status, on, null, decision, reason);
  }

  /** A new history entry may not predate the last one, nor be in the future. */
  static void requireInOrder(LocalDate on, LocalDate lastChange, LocalDate today) {
    PartyDates.requireSinceFounding("on", on);
    if ((lastChange != null && on.isBefore(lastChange)) || on.isAfter(today)) {
      throw new RefusedException("member.refused.statusDateOrder", lastChange);
    }
  }

  /** A temporary attachment elsewhere lasts as long as the rules allow, naming the rule. */
  static void requireAttachmentLength(LocalDate on, LocalDate until, RuleSource rules) {
    var min = rules.at(on, RuleKey.TEMPORARY_ATTACHMENT_MIN_MONTHS);
    var max = rules.at(on, RuleKey.TEMPORARY_ATTACHMENT_MAX_MONTHS);
    if (until.isBefore(on.plusMonths(min.asInt()))) {
      throw min.refusal("member.refused.attachmentShort", day(until));
    }
    if (until.isAfter(on.plusMonths(max.asInt()))) {
      throw max.refusal("member.refused.attachmentLong", day(until));
    }
  }

  static void requireShort(String reason) {
    if (reason != null && reason.length() > 1000) {
      throw new RefusedException("member.refused.tooLong");
    }
  }

  static String day(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
