package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.RefusedException;

/**
 * The members' history of status and cells, shared by the member use cases: writes an entry (and
 * publishes it as {@link MemberStatusChanged}), reads the day of the last one, and checks a new
 * one: its day, the length of an attachment, the end of probation, the cell it places the member
 * in.
 */
@Component
class MemberHistory {

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final RuleBook rules;
  private final vn.dangbo.rules.WorkingDayCalendar calendar;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MemberHistory(
      JdbcClient jdbc,
      Organizations organizations,
      RuleBook rules,
      vn.dangbo.rules.WorkingDayCalendar calendar,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.rules = rules;
    this.calendar = calendar;
    this.events = events;
    this.clock = clock;
  }

  /** A history entry about to be written. */
  record Entry(
      long memberId,
      ChangeKind kind,
      long cellId,
      MemberStatus from,
      MemberStatus to,
      LocalDate on,
      LocalDate until,
      DecisionRef decision,
      String reason) {}

  /** Writes the entry and publishes it. */
  void record(Entry entry, String by) {
    var ref = entry.decision() == null ? DecisionRef.NONE : entry.decision();
    jdbc.sql(
            """
            insert into member_status_change (member_id, kind, cell_id, from_status, to_status,
              effective_on, until_date, decision_number, decision_date, decision_issuer, reason,
              entered_by)
            values (:id, :kind, :cell, :from, :to, :on, :until, :number, :date, :issuer, :reason,
              :by)
            """)
        .param("id", entry.memberId())
        .param("kind", entry.kind().name())
        .param("cell", entry.cellId())
        .param("from", entry.from() == null ? null : entry.from().name())
        .param("to", entry.to().name())
        .param("on", entry.on())
        .param("until", entry.until())
        .param("number", ref.number())
        .param("date", ref.date())
        .param("issuer", ref.issuer())
        .param("reason", entry.reason())
        .param("by", by)
        .update();
    events.publishEvent(
        new MemberStatusChanged(
            entry.memberId(), entry.cellId(), entry.from(), entry.to(), entry.on(), ref, by));
  }

  /** The day of the member's last recorded change (null when none is recorded). */
  LocalDate lastChangeOn(long id) {
    return jdbc.sql("select max(effective_on) from member_status_change where member_id = :id")
        .param("id", id)
        .query(LocalDate.class)
        .single();
  }

  /** A new history entry may not predate the last one, nor be in the future. */
  void requireDateInOrder(long id, LocalDate on) {
    Member.requireInOrder(on, lastChangeOn(id), LocalDate.now(clock));
  }

  /** The end of probation: the ceremony plus the probation length in force on that day. */
  LocalDate probationEnd(LocalDate ceremony) {
    return ceremony == null
        ? null
        : ceremony.plusMonths(rules.at(ceremony, RuleKey.PROBATION_MONTHS).asInt());
  }

  /** A cell that exists today and that the user manages. */
  void requireCell(long cellId, OrganizationScope scope) {
    scope.requireManager(cellId);
    var cell =
        organizations
            .findOn(cellId, LocalDate.now(clock), scope)
            .orElseThrow(() -> new RefusedException("member.refused.cellMissing"));
    if (!cell.isCell()) {
      throw new RefusedException("member.refused.notACell");
    }
  }

  /** The day a member who left on {@code since} must present the letter in the new cell. */
  LocalDate transferPresentBy(LocalDate since) {
    return calendar.workingDaysAfter(
        since, rules.at(since, RuleKey.TRANSFER_PRESENT_WORKING_DAYS).asInt());
  }
}
