package vn.dangbo.records;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Member;
import vn.dangbo.members.MemberRegistry;
import vn.dangbo.members.Members;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;

/**
 * Corrections members propose to their own record: proposed by the member (their own record only),
 * accepted or rejected by whoever manages the member's cell; acceptance corrects the record through
 * the member registry, with the proposal and who made it as the audit trail's reason.
 */
@Service
public class RecordCorrections {

  /** How long a decided proposal stays on the cell's list. */
  private static final int DECIDED_SHOWN_DAYS = 90;

  private final CorrectionRepository repository;
  private final Members members;
  private final MemberRegistry registry;
  private final Clock clock;

  RecordCorrections(
      CorrectionRepository repository, Members members, MemberRegistry registry, Clock clock) {
    this.repository = repository;
    this.members = members;
    this.registry = registry;
    this.clock = clock;
  }

  /** An attached document as sent: its name, type and bytes. */
  public record Upload(String name, String type, byte[] bytes) {}

  /** A proposal with the member's name, for the lists. */
  public record Line(CorrectionProposal proposal, String fullName) {}

  /** The member proposes corrections to their own record; answers the proposal's id. */
  @Transactional
  public long propose(
      long memberId,
      Map<CorrectableField, String> changes,
      String note,
      Upload upload,
      OrganizationScope scope,
      String by) {
    var member = own(memberId, scope);
    var attachment =
        upload == null || upload.bytes() == null || upload.bytes().length == 0
            ? null
            : new CorrectionProposal.Attachment(
                fileName(upload.name()), upload.type(), upload.bytes().length);
    var proposal =
        CorrectionProposal.propose(
            memberId,
            member.record().cellId(),
            member.record(),
            changes,
            note,
            attachment,
            by,
            now());
    return repository.add(proposal, attachment == null ? null : upload.bytes());
  }

  /** The member's own proposals, the latest first. */
  @Transactional(readOnly = true)
  public List<CorrectionProposal> mine(long memberId, OrganizationScope scope) {
    own(memberId, scope);
    return repository.ofMember(memberId);
  }

  /** The proposals of a cell: pending, and decided in the last 90 days; the latest first. */
  @Transactional(readOnly = true)
  public List<Line> ofCell(long cellId, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(cellId)) {
      throw new NotFoundException("organization.notFound");
    }
    var proposals = repository.ofCells(List.of(cellId), now().minusDays(DECIDED_SHOWN_DAYS));
    var names =
        members.findAll(proposals.stream().map(CorrectionProposal::memberId).toList(), scope);
    return proposals.stream()
        .map(
            p ->
                new Line(
                    p, names.containsKey(p.memberId()) ? names.get(p.memberId()).fullName() : ""))
        .toList();
  }

  /** Accepts the proposal: the record takes the proposed values. */
  @Transactional
  public CorrectionProposal accept(long id, String note, OrganizationScope scope, String by) {
    var proposal = decidable(id, scope);
    var member =
        members
            .find(proposal.memberId(), scope)
            .orElseThrow(() -> new NotFoundException("member.notFound"));
    var accepted = proposal.accepted(note, by, now());
    registry.correct(
        member.id(),
        member.version(),
        proposal.appliedTo(member.record()),
        true,
        "Đề nghị sửa thông tin số " + id + " của " + proposal.proposedBy(),
        scope,
        by);
    repository.saveDecision(accepted);
    return repository.find(id).orElseThrow();
  }

  /** Rejects the proposal with the reason; the record stays as it is. */
  @Transactional
  public CorrectionProposal reject(long id, String reason, OrganizationScope scope, String by) {
    var rejected = decidable(id, scope).rejected(reason, by, now());
    repository.saveDecision(rejected);
    return repository.find(id).orElseThrow();
  }

  /** The attached document, to the member and to those who may read the member's cell. */
  @Transactional(readOnly = true)
  public Upload attachment(long id, OrganizationScope scope) {
    var proposal = visible(id, scope);
    var meta = proposal.attachment();
    if (meta == null) {
      throw new NotFoundException("correction.notFound");
    }
    return new Upload(meta.name(), meta.type(), repository.attachment(id).orElseThrow());
  }

  private CorrectionProposal decidable(long id, OrganizationScope scope) {
    var proposal = visible(id, scope);
    scope.requireManager(proposal.cellId());
    return proposal;
  }

  private CorrectionProposal visible(long id, OrganizationScope scope) {
    return repository
        .find(id)
        .filter(
            p ->
                scope.isOwnRecord(p.memberId())
                    || (scope.personalRecords() && scope.canSee(p.cellId())))
        .orElseThrow(() -> new NotFoundException("correction.notFound"));
  }

  /** The member whose record it is, when it is the user's own. */
  private Member own(long memberId, OrganizationScope scope) {
    var member =
        members.find(memberId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    if (!scope.isOwnRecord(memberId)) {
      throw new ForbiddenException("correction.forbidden.ownOnly");
    }
    return member;
  }

  private static String fileName(String name) {
    if (name == null || name.isBlank()) {
      return "tep-dinh-kem";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    return base.length() > 120 ? base.substring(base.length() - 120) : base;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
