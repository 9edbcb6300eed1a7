package vn.dangbo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.Period;
import vn.dangbo.shared.RefusedException;

/**
 * Committee members and the cells each is in charge of. An assignment is part of the committee
 * member's scope: while it is in force they see the cell.
 */
@Repository
public class CommitteeMembers {

  private static final String ASSIGNMENT_SELECT =
      """
      select a.id, a.committee_member_id, m.full_name, m.position, a.cell_id, a.valid_from, a.valid_to,
        (select v.name from organization_version v where v.organization_id = a.cell_id
           order by (v.valid_from <= :on) desc, v.valid_from desc limit 1) as cell_name
      from cell_assignment a join committee_member m on m.id = a.committee_member_id
      """;

  private final JdbcClient jdbc;
  private final Organizations organizations;

  CommitteeMembers(JdbcClient jdbc, Organizations organizations) {
    this.jdbc = jdbc;
    this.organizations = organizations;
  }

  /** Members of the committee (of a cell: its secretary, deputy and cell committee) on the day. */
  public List<CommitteeMember> of(long committeeId, LocalDate on, OrganizationScope scope) {
    if (!scope.canSee(committeeId)) {
      throw new NotFoundException("organization.notFound");
    }
    return jdbc.sql(
            """
            select * from committee_member where committee_id = :id and valid_from <= :on
            and (valid_to is null or valid_to > :on) order by position, full_name
            """)
        .param("id", committeeId)
        .param("on", on)
        .query(CommitteeMembers::member)
        .list();
  }

  public Optional<CommitteeMember> find(long id) {
    return jdbc.sql("select * from committee_member where id = :id")
        .param("id", id)
        .query(CommitteeMembers::member)
        .optional();
  }

  /** The assignments in force on the day for cells under (or equal to) the organisation. */
  public List<CellAssignment> assignmentsUnder(
      long organizationId, LocalDate on, OrganizationScope scope) {
    if (!scope.canSee(organizationId)) {
      throw new NotFoundException("organization.notFound");
    }
    var cells =
        organizations.descendantsOn(organizationId, on).stream()
            .map(OrganizationNode::id)
            .collect(Collectors.toSet());
    cells.add(organizationId);
    return jdbc.sql(
            ASSIGNMENT_SELECT
                + " where a.cell_id = any(:cells) and a.valid_from <= :on"
                + " and (a.valid_to is null or a.valid_to > :on) order by cell_name, m.full_name")
        .param("cells", cells.toArray(Long[]::new))
        .param("on", on)
        .query(CommitteeMembers::assignment)
        .list();
  }

  /** The cells the committee member is in charge of on the day. */
  public Set<Long> cellsInChargeOf(long committeeMemberId, LocalDate on) {
    return Set.copyOf(
        jdbc.sql(
                """
                select cell_id from cell_assignment where committee_member_id = :id
                and valid_from <= :on and (valid_to is null or valid_to > :on)
                """)
            .param("id", committeeMemberId)
            .param("on", on)
            .query(Long.class)
            .list());
  }

  @Transactional
  public long appoint(
      long committeeId,
      String fullName,
      CommitteePosition position,
      LocalDate from,
      OrganizationScope scope) {
    scope.requireManager(committeeId);
    if (fullName == null || fullName.isBlank()) {
      throw new RefusedException("committeeMember.refused.nameRequired");
    }
    if (fullName.strip().length() > 200) {
      throw new RefusedException("committeeMember.refused.nameTooLong", 200);
    }
    if (position == null || from == null) {
      throw new RefusedException("committeeMember.refused.incomplete");
    }
    organizations
        .findOn(committeeId, from)
        .orElseThrow(() -> new RefusedException("organization.refused.notExistingOn", from));
    return jdbc.sql(
            """
            insert into committee_member (committee_id, full_name, position, valid_from)
            values (:committee, :name, :position, :from) returning id
            """)
        .param("committee", committeeId)
        .param("name", fullName.strip())
        .param("position", position.name())
        .param("from", from)
        .query(Long.class)
        .single();
  }

  /** Ends a committee member's term from the day on, and with it their assignments. */
  @Transactional
  public void endTerm(long committeeMemberId, LocalDate on, OrganizationScope scope) {
    var member =
        find(committeeMemberId)
            .orElseThrow(() -> new NotFoundException("committeeMember.notFound"));
    scope.requireManager(member.committeeId());
    if (on == null || !member.term().isOpen() || !on.isAfter(member.term().from())) {
      throw new RefusedException("committeeMember.refused.cannotEnd");
    }
    jdbc.sql("update committee_member set valid_to = :on, version = version + 1 where id = :id")
        .param("id", committeeMemberId)
        .param("on", on)
        .update();
    jdbc.sql(
            """
            update cell_assignment set valid_to = :on
            where committee_member_id = :id and valid_to is null and valid_from < :on
            """)
        .param("id", committeeMemberId)
        .param("on", on)
        .update();
  }

  /** The committee members of the ids, in any order. */
  public List<CommitteeMember> findAll(Collection<Long> ids) {
    return jdbc.sql("select * from committee_member where id = any(:ids)")
        .param("ids", ids.toArray(Long[]::new))
        .query(CommitteeMembers::member)
        .list();
  }

  /**
   * Puts the committee member in charge of a cell from the day on: a member of a committee above
   * the cells, not of a cell's own committee.
   */
  @Transactional
  public long assign(long committeeMemberId, long cellId, LocalDate from, OrganizationScope scope) {
    var member =
        find(committeeMemberId)
            .orElseThrow(() -> new NotFoundException("committeeMember.notFound"));
    scope.requireManager(member.committeeId());
    if (organizations
        .findLatest(member.committeeId(), scope)
        .map(OrganizationNode::isCell)
        .orElse(true)) {
      throw new RefusedException("committeeMember.refused.notACommittee");
    }
    if (from == null) {
      throw new RefusedException("committeeMember.refused.incomplete");
    }
    if (!member.term().contains(from)) {
      throw new RefusedException("committeeMember.refused.outsideTerm", from);
    }
    var cell =
        organizations
            .findOn(cellId, from, scope)
            .orElseThrow(() -> new RefusedException("place.refused.cellMissing", from));
    if (!cell.isCell()) {
      throw new RefusedException("place.refused.notACell");
    }
    if (cellsInChargeOf(committeeMemberId, from).contains(cellId)) {
      throw new RefusedException("committeeMember.refused.alreadyAssigned");
    }
    return jdbc.sql(
            """
            insert into cell_assignment (committee_member_id, cell_id, valid_from)
            values (:member, :cell, :from) returning id
            """)
        .param("member", committeeMemberId)
        .param("cell", cellId)
        .param("from", from)
        .query(Long.class)
        .single();
  }

  /** Ends an assignment from the day on (the committee member no longer sees the cell). */
  @Transactional
  public void endAssignment(long assignmentId, LocalDate on, OrganizationScope scope) {
    var assignment =
        jdbc.sql(ASSIGNMENT_SELECT + " where a.id = :id")
            .param("id", assignmentId)
            .param("on", on)
            .query(CommitteeMembers::assignment)
            .optional()
            .orElseThrow(() -> new NotFoundException("committeeMember.notFound"));
    var member = find(assignment.committeeMemberId()).orElseThrow();
    scope.requireManager(member.committeeId());
    if (on == null || !assignment.period().isOpen() || !on.isAfter(assignment.period().from())) {
      throw new RefusedException("committeeMember.refused.cannotEnd");
    }
    jdbc.sql("update cell_assignment set valid_to = :on where id = :id")
        .param("id", assignmentId)
        .param("on", on)
        .update();
  }

  private static CommitteeMember member(ResultSet rs, int row) throws SQLException {
    return new CommitteeMember(
        rs.getLong("id"),
        rs.getLong("committee_id"),
        rs.getString("full_name"),
        CommitteePosition.valueOf(rs.getString("position")),
        new Period(
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class)));
  }

  private static CellAssignment assignment(ResultSet rs, int row) throws SQLException {
    return new CellAssignment(
        rs.getLong("id"),
        rs.getLong("committee_member_id"),
        rs.getString("full_name"),
        CommitteePosition.valueOf(rs.getString("position")),
        rs.getLong("cell_id"),
        rs.getString("cell_name"),
        new Period(
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class)));
  }
}
