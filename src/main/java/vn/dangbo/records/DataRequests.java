package vn.dangbo.records;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.CurrentUser;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.members.Members;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;

/**
 * A member's requests to delete or restrict their personal data: asked by the member about their
 * own record, answered by the office of the committee that manages the member's cell.
 */
@Service
public class DataRequests {

  /** How long an answered request stays on the office's list. */
  private static final int ANSWERED_SHOWN_DAYS = 90;

  private final DataRequestRepository repository;
  private final Members members;
  private final Clock clock;

  DataRequests(DataRequestRepository repository, Members members, Clock clock) {
    this.repository = repository;
    this.members = members;
    this.clock = clock;
  }

  /** The member asks about their own record; answers the request's id. */
  @Transactional
  public long ask(DataRequest.Kind kind, String reason, CurrentUser user) {
    var scope = user.scope();
    Long own = scope.ownRecord();
    if (own == null) {
      throw new NotFoundException("member.notFound");
    }
    var member =
        members.find(own, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    return repository.add(
        DataRequest.ask(own, member.record().cellId(), kind, reason, user.username(), now()));
  }

  /** The member's own requests with their answers, the latest first. */
  @Transactional(readOnly = true)
  public List<DataRequest> mine(OrganizationScope scope) {
    Long own = scope.ownRecord();
    return own == null ? List.of() : repository.ofMember(own);
  }

  /** A cell's requests: pending, and answered in the last 90 days. */
  @Transactional(readOnly = true)
  public List<DataRequest> ofCell(long cellId, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(cellId)) {
      throw new NotFoundException("organization.notFound");
    }
    return repository.ofCell(cellId, now().minusDays(ANSWERED_SHOWN_DAYS));
  }

  @Transactional
  public DataRequest grant(long id, String answer, CurrentUser user) {
    var granted = answerable(id, user).granted(answer, user.username(), now());
    repository.saveAnswer(granted);
    return repository.find(id).orElseThrow();
  }

  @Transactional
  public DataRequest refuse(long id, String answer, String legalBasis, CurrentUser user) {
    var refused = answerable(id, user).refused(answer, legalBasis, user.username(), now());
    repository.saveAnswer(refused);
    return repository.find(id).orElseThrow();
  }

  /** Whether the user answers requests of the cell: its committee's office, or an administrator. */
  public static boolean answers(long cellId, CurrentUser user) {
    return user.role().administers() && user.scope().canManage(cellId);
  }

  private DataRequest answerable(long id, CurrentUser user) {
    var scope = user.scope();
    var request =
        repository
            .find(id)
            .filter(r -> scope.personalRecords() && scope.canSee(r.cellId()))
            .orElseThrow(() -> new NotFoundException("dataRequest.notFound"));
    if (!answers(request.cellId(), user)) {
      throw new ForbiddenException("dataRequest.forbidden");
    }
    return request;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
