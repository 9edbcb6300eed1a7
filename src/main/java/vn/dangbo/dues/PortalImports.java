package vn.dangbo.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.Members;
import vn.dangbo.shared.RefusedException;

/**
 * Imports a statement of the public service portal: each payment is matched to a member by citizen
 * ID and checked against the member's ledger. A dry run lists what would be recorded, what matches
 * nobody the user manages, what is already recorded (the same transaction reference in the database
 * or twice in the file) and what the ledger refuses; the commit records the matched lines only, all
 * in one transaction.
 */
@Service
public class PortalImports {

  private final DuesRepository repository;
  private final DuesLedger ledger;
  private final Members members;
  private final Clock clock;

  PortalImports(DuesRepository repository, DuesLedger ledger, Members members, Clock clock) {
    this.repository = repository;
    this.ledger = ledger;
    this.members = members;
    this.clock = clock;
  }

  /** What became of a line of the statement. */
  public enum Outcome {
    MATCHED,
    UNMATCHED,
    DUPLICATE,
    REFUSED,
    UNREADABLE
  }

  /** A line of the statement with its outcome; {@code reason} is a message code. */
  public record Line(
      int line,
      String reference,
      String citizenId,
      YearMonth month,
      Long amount,
      LocalDate paidOn,
      Outcome outcome,
      String reason,
      Long memberId,
      String fullName) {

    /** The citizen ID as the report shows it: masked (the member is named when found). */
    public String shownCitizenId() {
      return vn.dangbo.shared.Masking.citizenId(citizenId);
    }
  }

  /** The lines, how many of each outcome, and whether the matched ones were recorded. */
  public record Report(
      List<Line> lines,
      int matched,
      int unmatched,
      int duplicates,
      int refused,
      int unreadable,
      boolean committed) {}

  @Transactional
  public Report importStatement(
      byte[] file, String fileName, boolean commit, OrganizationScope scope, String by) {
    if (!scope.canManageAnything()) {
      throw new vn.dangbo.shared.ForbiddenException("dues.forbidden.import");
    }
    var statement = PortalStatement.read(file, fileName);
    var references =
        statement.rows().stream()
            .map(PortalStatement.Row::reference)
            .filter(r -> r != null && !r.isBlank())
            .toList();
    var recorded = repository.existingReferences(references);
    var byCitizenId =
        members.findByCitizenIds(
            statement.rows().stream()
                .map(PortalStatement.Row::citizenId)
                .filter(c -> c != null && c.matches("\\d{12}"))
                .distinct()
                .toList(),
            scope);
    var years = new HashMap<List<Object>, DuesYear>();
    var seen = new HashSet<String>();
    var lines = new ArrayList<Line>();
    var toRecord = new ArrayList<Object[]>();
    LocalDate today = LocalDate.now(clock);
    for (var row : statement.rows()) {
      if (row.problem() != null) {
        lines.add(line(row, Outcome.UNREADABLE, row.problem(), null));
        continue;
      }
      if (recorded.contains(row.reference()) || !seen.add(row.reference())) {
        lines.add(line(row, Outcome.DUPLICATE, "dues.statement.duplicate", null));
        continue;
      }
      Member member = byCitizenId.get(row.citizenId());
      if (member == null || !scope.canManage(member.record().cellId())) {
        lines.add(line(row, Outcome.UNMATCHED, "dues.statement.unmatched", null));
        continue;
      }
      var year =
          years.computeIfAbsent(
              List.of(member.id(), row.month().getYear()),
              key -> ledger.years(List.of(member), row.month().getYear()).get(member.id()));
      try {
        var payment =
            year.pay(
                row.month(),
                row.amount(),
                PaymentMethod.PORTAL,
                row.reference(),
                null,
                row.paidOn(),
                today,
                by);
        Long cell = year.month(row.month()).cellId();
        toRecord.add(new Object[] {member.id(), cell, payment});
        lines.add(line(row, Outcome.MATCHED, null, member));
      } catch (RefusedException refused) {
        lines.add(line(row, Outcome.REFUSED, refused.messageCode(), member));
      }
    }
    if (commit) {
      for (var entry : toRecord) {
        repository.addPayment((Long) entry[0], (Long) entry[1], (Payment) entry[2]);
      }
    }
    return new Report(
        List.copyOf(lines),
        count(lines, Outcome.MATCHED),
        count(lines, Outcome.UNMATCHED),
        count(lines, Outcome.DUPLICATE),
        count(lines, Outcome.REFUSED),
        count(lines, Outcome.UNREADABLE),
        commit);
  }

  private static Line line(PortalStatement.Row row, Outcome outcome, String reason, Member member) {
    return new Line(
        row.line(),
        row.reference(),
        row.citizenId(),
        row.month(),
        row.amount(),
        row.paidOn(),
        outcome,
        reason,
        member == null ? null : member.id(),
        member == null ? null : member.fullName());
  }

  private static int count(List<Line> lines, Outcome outcome) {
    return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
  }
}
