package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.ApprovalAction;
import vn.dangbo.organization.ApprovalRouting;
import vn.dangbo.organization.CommitteeMembers;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.RefusedException;

/**
 * Recognising a probationary member as official (công nhận đảng viên chính thức): the file's
 * documents, the cell's vote after probation ends (two thirds of the cell's official members), the
 * committee's vote where the approval chain has one, and the decision, which makes the member
 * official from the exact end of probation even when it comes late.
 */
@Service
public class Recognition {

  private static final OrganizationScope ALL = OrganizationScope.all();

  private final JdbcClient jdbc;
  private final Members members;
  private final StatusDecisions statusDecisions;
  private final MemberStatistics statistics;
  private final RuleBook rules;
  private final ApprovalRouting routing;
  private final CommitteeMembers committeeMembers;
  private final Organizations organizations;
  private final Clock clock;

  Recognition(
      JdbcClient jdbc,
      Members members,
      StatusDecisions statusDecisions,
      MemberStatistics statistics,
      RuleBook rules,
      ApprovalRouting routing,
      CommitteeMembers committeeMembers,
      Organizations organizations,
      Clock clock) {
    this.jdbc = jdbc;
    this.members = members;
    this.statusDecisions = statusDecisions;
    this.statistics = statistics;
    this.rules = rules;
    this.routing = routing;
    this.committeeMembers = committeeMembers;
    this.organizations = organizations;
    this.clock = clock;
  }

  /**
   * For each of the members given (already read within the user's scope), the day of the cell's
   * last resolution proposing their recognition, if the cell has passed one: one query for a list.
   */
  public Map<Long, LocalDate> cellResolutions(List<Long> memberIds) {
    var days = new HashMap<Long, LocalDate>();
    jdbc.sql(
            """
            select member_id, max(on_date) as on_date from recognition_step
            where member_id = any(:ids) and kind = 'CELL_VOTE' and passed
            group by member_id
            """)
        .param("ids", memberIds.toArray(Long[]::new))
        .query(
            rs -> {
              days.put(rs.getLong("member_id"), rs.getObject("on_date", LocalDate.class));
            });
    return days;
  }

  /** The parts of the member's recognition file recorded so far, oldest first. */
  @Transactional(readOnly = true)
  public List<RecognitionStep> file(long memberId, OrganizationScope scope) {
    members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    return jdbc.sql("select * from recognition_step where member_id = :id order by on_date, id")
        .param("id", memberId)
        .query(
            (rs, n) ->
                new RecognitionStep(
                    rs.getLong("id"),
                    RecognitionKind.valueOf(rs.getString("kind")),
                    rs.getObject("on_date", LocalDate.class),
                    rs.getString("decision_number"),
                    rs.getString("decision_issuer"),
                    rs.getObject("votes_for", Integer.class),
                    rs.getObject("voters", Integer.class),
                    rs.getObject("passed", Boolean.class),
                    rs.getString("certificate"),
                    rs.getString("note"),
                    rs.getString("entered_by")))
        .list();
  }

  /**
   * Records one part of the file. The cell votes only after probation has ended and with every
   * document in the file; the decision needs the votes the approval chain asks for and makes the
   * member official.
   */
  @Transactional
  public void record(
      long memberId,
      RecognitionKind kind,
      LocalDate on,
      DecisionRef decision,
      Integer votesFor,
      String certificate,
      String note,
      OrganizationScope scope,
      String by) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    long cell = member.record().cellId();
    scope.requireManager(cell);
    if (member.status() != MemberStatus.PROBATIONARY) {
      throw new RefusedException("recognition.refused.notProbationary");
    }
    if (kind == null || on == null || on.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("recognition.refused.incomplete");
    }
    PartyDates.requireSinceFounding("on", on);
    if (note != null && note.length() > 1000) {
      throw new RefusedException("member.refused.tooLong");
    }
    var file = file(memberId, scope);
    LocalDate ceremony = member.record().admissionCeremonyDate();
    if (ceremony == null) {
      throw new RefusedException("member.refused.ceremonyMissing");
    }
    var probation = rules.at(ceremony, RuleKey.PROBATION_MONTHS);
    LocalDate ends = ceremony.plusMonths(probation.asInt());
    Integer voters = null;
    Boolean passed = null;
    switch (kind) {
      case NEW_MEMBER_COURSE -> {
        if (certificate == null || certificate.isBlank()) {
          throw new RefusedException("development.refused.certificate");
        }
      }
      case CELL_VOTE -> {
        organizations.requireExistsOn(cell, on, scope);
        if (on.isBefore(ends)) {
          throw probation.refusal("recognition.refused.probationNotOver", ends.toString());
        }
        for (var document : RecognitionKind.documents()) {
          if (file.stream().noneMatch(s -> s.kind() == document)) {
            throw new RefusedException(
                switch (document) {
                  case MENTOR_ASSESSMENT -> "recognition.refused.missing.MENTOR_ASSESSMENT";
                  case SELF_REVIEW -> "recognition.refused.missing.SELF_REVIEW";
                  case NEW_MEMBER_COURSE -> "recognition.refused.missing.NEW_MEMBER_COURSE";
                  default -> "recognition.refused.missing.COMMENTS";
                });
          }
        }
        var rounds = rules.at(on, RuleKey.RECOGNITION_VOTE_MAX_ROUNDS);
        long failed =
            file.stream()
                .filter(
                    s -> s.kind() == RecognitionKind.CELL_VOTE && Boolean.FALSE.equals(s.passed()))
                .count();
        if (failed >= rounds.asInt()) {
          throw rounds.refusal("development.refused.tooManyRounds");
        }
        voters = statistics.officialMembersOn(cell, on);
        passed = vote(votesFor, voters, on, RuleKey.CELL_VOTE_SHARE);
      }
      case COMMITTEE_VOTE -> {
        requirePassed(file, RecognitionKind.CELL_VOTE);
        var committee =
            committeeStep(cell, on)
                .orElseThrow(() -> new RefusedException("development.refused.noCommitteeStep"));
        scope.requireManager(committee);
        voters = committeeMembers.of(committee, on, ALL).size();
        passed = vote(votesFor, voters, on, RuleKey.COMMITTEE_VOTE_SHARE);
      }
      case DECISION -> {
        requirePassed(file, RecognitionKind.CELL_VOTE);
        if (committeeStep(cell, on).isPresent()) {
          requirePassed(file, RecognitionKind.COMMITTEE_VOTE);
        }
        if (decision == null || decision.number() == null || decision.number().isBlank()) {
          throw new RefusedException("development.refused.decision");
        }
      }
      default -> {
        // a document of the file: its date is enough
      }
    }
    jdbc.sql(
            """
            insert into recognition_step (member_id, kind, on_date, decision_number,
              decision_issuer, votes_for, voters, passed, certificate, note, entered_by)
            values (:member, :kind, :on, :number, :issuer, :votesFor, :voters, :passed,
              :certificate, :note, :by)
            """)
        .param("member", memberId)
        .param("kind", kind.name())
        .param("on", on)
        .param("number", decision == null ? null : blankToNull(decision.number()))
        .param("issuer", decision == null ? null : blankToNull(decision.issuer()))
        .param("votesFor", votesFor)
        .param("voters", voters)
        .param("passed", passed)
        .param("certificate", blankToNull(certificate))
        .param("note", blankToNull(note))
        .param("by", by)
        .update();
    if (kind == RecognitionKind.DECISION) {
      statusDecisions.changeStatus(
          memberId,
          member.version(),
          MemberStatus.OFFICIAL,
          on,
          decision,
          "Công nhận đảng viên chính thức",
          scope,
          by);
    }
  }

  private java.util.Optional<Long> committeeStep(long cell, LocalDate on) {
    return routing
        .forCell(cell, on, ALL)
        .flatMap(
            chain ->
                chain.steps().stream()
                    .filter(s -> s.action() == ApprovalAction.RESOLUTION)
                    .map(s -> s.organization().id())
                    .findFirst());
  }

  private boolean vote(Integer votesFor, int voters, LocalDate on, RuleKey share) {
    if (voters == 0) {
      throw new RefusedException("development.refused.votes", voters);
    }
    if (votesFor == null || votesFor < 0 || votesFor > voters) {
      throw new RefusedException("development.refused.votes", voters);
    }
    return rules.at(on, share).reachedBy(votesFor, voters);
  }

  private static void requirePassed(List<RecognitionStep> file, RecognitionKind kind) {
    boolean passed =
        file.stream().anyMatch(s -> s.kind() == kind && Boolean.TRUE.equals(s.passed()));
    if (!passed) {
      throw new RefusedException("recognition.refused.votesFirst");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
