package vn.dangbo.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.ForbiddenException;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/**
 * The only way the tree changes: found, rename, move, merge, split and dissolve, each from a given
 * day, each recorded with its decision and the person who entered it. History is append-only: a
 * change takes effect from a day after the organisation's last change, and everything before that
 * day stays as it was, so "the tree as it was on 2024-12-31" can always be read back.
 */
@Service
public class Reorganizations {

  private final JdbcClient jdbc;
  private final Organizations organizations;
  private final ApplicationEventPublisher events;

  Reorganizations(JdbcClient jdbc, Organizations organizations, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.events = events;
  }

  /** Founds an organisation under a parent (or at the top, for administrators only). */
  @Transactional
  public long found(
      NewOrganization organization,
      LocalDate on,
      DecisionRef decision,
      OrganizationScope scope,
      String by) {
    requireManagerOfParent(organization.parentId(), scope);
    if (on == null) {
      throw new RefusedException("organization.refused.dateRequired");
    }
    long reorganization = record(ReorganizationKind.CREATE, on, decision, null, by);
    long id = insert(organization, on, reorganization);
    publish(reorganization, ReorganizationKind.CREATE, on, List.of(id), decision, by);
    return id;
  }

  /** Gives the organisation a new name from the day on; earlier documents keep the old name. */
  @Transactional
  public void rename(
      long id,
      String newName,
      LocalDate on,
      DecisionRef decision,
      OrganizationScope scope,
      String by) {
    var current = requireChangeable(id, on, scope);
    String name = validName(newName);
    if (name.equals(current.name())) {
      throw new RefusedException("organization.refused.sameName");
    }
    long reorganization = record(ReorganizationKind.RENAME, on, decision, null, by);
    newVersion(id, on, name, current.parentId(), reorganization);
    publish(reorganization, ReorganizationKind.RENAME, on, List.of(id), decision, by);
  }

  /** Places the organisation under another parent from the day on. */
  @Transactional
  public void move(
      long id,
      long newParentId,
      LocalDate on,
      DecisionRef decision,
      OrganizationScope scope,
      String by) {
    var current = requireChangeable(id, on, scope);
    requireManagerOfParent(newParentId, scope);
    requireParentOn(newParentId, on);
    if (organizations.selfAndAncestorsOn(newParentId, on).contains(id)) {
      throw new RefusedException("organization.refused.cycle");
    }
    if (Long.valueOf(newParentId).equals(current.parentId())) {
      throw new RefusedException("organization.refused.sameParent");
    }
    long reorganization = record(ReorganizationKind.MOVE, on, decision, null, by);
    newVersion(id, on, current.name(), newParentId, reorganization);
    publish(reorganization, ReorganizationKind.MOVE, on, List.of(id), decision, by);
  }

  /**
   * Merges organisations into a new one from the day on: the old ones end the day before, their
   * children move under the new one, and the new one records them as predecessors. This is how Làng
   * Chếu, Háng Đồng and Tà Xùa became the new Tà Xùa commune on 2025-07-01.
   */
  @Transactional
  public long merge(
      List<Long> ids,
      NewOrganization successor,
      LocalDate on,
      DecisionRef decision,
      OrganizationScope scope,
      String by) {
    var distinct = new LinkedHashSet<>(ids);
    if (distinct.size() < 2) {
      throw new RefusedException("organization.refused.mergeNeedsTwo");
    }
    for (long id : distinct) {
      requireChangeable(id, on, scope);
    }
    requireManagerOfParent(successor.parentId(), scope);
    long reorganization = record(ReorganizationKind.MERGE, on, decision, null, by);
    long successorId = insert(successor, on, reorganization);
    var touched = new ArrayList<Long>(distinct);
    touched.add(successorId);
    for (long id : distinct) {
      for (var child : organizations.childrenOn(id, on)) {
        newVersion(child.id(), on, child.name(), successorId, reorganization);
        touched.add(child.id());
      }
      end(id, on);
      link(id, successorId, reorganization);
    }
    publish(reorganization, ReorganizationKind.MERGE, on, touched, decision, by);
    return successorId;
  }

  /**
   * Splits an organisation into new ones from the day on; each part names the children it takes.
   * Every child must go to exactly one part.
   */
  @Transactional
  public List<Long> split(
      long id,
      List<SplitPart> parts,
      LocalDate on,
      DecisionRef decision,
      OrganizationScope scope,
      String by) {
    requireChangeable(id, on, scope);
    if (parts.size() < 2) {
      throw new RefusedException("organization.refused.splitNeedsTwo");
    }
    var children = organizations.childrenOn(id, on);
    var childIds = children.stream().map(OrganizationNode::id).toList();
    var assigned = parts.stream().flatMap(p -> p.childIds().stream()).toList();
    if (assigned.size() != new LinkedHashSet<>(assigned).size()
        || !new LinkedHashSet<>(assigned).equals(new LinkedHashSet<>(childIds))) {
      throw new RefusedException("organization.refused.splitChildrenUnassigned");
    }
    for (var part : parts) {
      requireManagerOfParent(part.organization().parentId(), scope);
    }
    long reorganization = record(ReorganizationKind.SPLIT, on, decision, null, by);
    var created = new ArrayList<Long>();
    var touched = new ArrayList<Long>(List.of(id));
    for (var part : parts) {
      long partId = insert(part.organization(), on, reorganization);
      created.add(partId);
      link(id, partId, reorganization);
      for (long childId : part.childIds()) {
        var child = children.stream().filter(c -> c.id() == childId).findFirst().orElseThrow();
        newVersion(childId, on, child.name(), partId, reorganization);
        touched.add(childId);
      }
    }
    end(id, on);
    touched.addAll(created);
    publish(reorganization, ReorganizationKind.SPLIT, on, touched, decision, by);
    return created;
  }

  /** Ends an organisation from the day on; it must have no children left on that day. */
  @Transactional
  public void dissolve(
      long id, LocalDate on, DecisionRef decision, OrganizationScope scope, String by) {
    requireChangeable(id, on, scope);
    if (!organizations.childrenOn(id, on).isEmpty()) {
      throw new RefusedException("organization.refused.hasChildren");
    }
    long reorganization = record(ReorganizationKind.DISSOLVE, on, decision, null, by);
    end(id, on);
    publish(reorganization, ReorganizationKind.DISSOLVE, on, List.of(id), decision, by);
  }

  private OrganizationNode requireChangeable(long id, LocalDate on, OrganizationScope scope) {
    if (on == null) {
      throw new RefusedException("organization.refused.dateRequired");
    }
    var latest =
        organizations
            .findLatest(id, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    if (!latest.existence().isOpen()) {
      throw new RefusedException("organization.refused.alreadyEnded", latest.existence().to());
    }
    LocalDate lastChange = lastChange(id);
    if (!on.isAfter(lastChange)) {
      throw new RefusedException("organization.refused.beforeLastChange", lastChange);
    }
    if (latest.parentId() == null ? !scope.everything() : !scope.canManage(latest.parentId())) {
      throw new ForbiddenException("organization.forbidden");
    }
    return latest;
  }

  /**
   * A parent outside the scope is not found, as any id is; only the administrator founds at the
   * top.
   */
  private void requireManagerOfParent(Long parentId, OrganizationScope scope) {
    if (parentId != null) {
      scope.requireManager(parentId);
    } else if (!scope.everything()) {
      throw new ForbiddenException("organization.forbidden");
    }
  }

  private void requireParentOn(long parentId, LocalDate on) {
    var parent =
        organizations
            .findOn(parentId, on)
            .orElseThrow(() -> new RefusedException("organization.refused.parentMissing", on));
    if (!parent.kind().canHaveChildren()) {
      throw new RefusedException("organization.refused.parentIsCell");
    }
  }

  private static String validName(String name) {
    if (name == null || name.isBlank()) {
      throw new RefusedException("organization.refused.nameRequired");
    }
    if (name.strip().length() > 200) {
      throw new RefusedException("organization.refused.nameTooLong", 200);
    }
    return name.strip();
  }

  private LocalDate lastChange(long id) {
    return jdbc.sql("select max(valid_from) from organization_version where organization_id = :id")
        .param("id", id)
        .query(LocalDate.class)
        .single();
  }

  /** Inserts a new organisation; every caller has checked the day first. */
  private long insert(NewOrganization organization, LocalDate on, long reorganization) {
    if (organization.parentId() != null) {
      requireParentOn(organization.parentId(), on);
    }
    if (organization.code() != null
        && jdbc.sql("select count(*) from organization where code = :code")
                .param("code", organization.code())
                .query(Integer.class)
                .single()
            > 0) {
      throw new RefusedException("organization.refused.codeTaken", organization.code());
    }
    long id =
        jdbc.sql(
                """
                insert into organization (code, kind, administrative_level, grassroots, cell_type, valid_from)
                values (:code, :kind, :level, :grassroots, :cellType, :on) returning id
                """)
            .param("code", organization.code())
            .param("kind", organization.kind().name())
            .param("level", organization.level() == null ? null : organization.level().name())
            .param("grassroots", organization.grassroots())
            .param(
                "cellType", organization.cellType() == null ? null : organization.cellType().name())
            .param("on", on)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into organization_version (organization_id, valid_from, name, parent_id, reorganization_id)
            values (:id, :on, :name, :parent, :reorganization)
            """)
        .param("id", id)
        .param("on", on)
        .param("name", organization.name())
        .param("parent", organization.parentId())
        .param("reorganization", reorganization)
        .update();
    return id;
  }

  private void newVersion(long id, LocalDate on, String name, Long parentId, long reorganization) {
    jdbc.sql(
            "update organization_version set valid_to = :on where organization_id = :id and valid_to is null")
        .param("id", id)
        .param("on", on)
        .update();
    jdbc.sql(
            """
            insert into organization_version (organization_id, valid_from, name, parent_id, reorganization_id)
            values (:id, :on, :name, :parent, :reorganization)
            """)
        .param("id", id)
        .param("on", on)
        .param("name", name)
        .param("parent", parentId)
        .param("reorganization", reorganization)
        .update();
    bumpVersion(id);
  }

  private void end(long id, LocalDate on) {
    jdbc.sql(
            "update organization_version set valid_to = :on where organization_id = :id and valid_to is null")
        .param("id", id)
        .param("on", on)
        .update();
    jdbc.sql("update organization set valid_to = :on, version = version + 1 where id = :id")
        .param("id", id)
        .param("on", on)
        .update();
  }

  private void bumpVersion(long id) {
    jdbc.sql("update organization set version = version + 1 where id = :id")
        .param("id", id)
        .update();
  }

  private void link(long predecessor, long successor, long reorganization) {
    jdbc.sql(
            """
            insert into organization_succession (predecessor_id, successor_id, reorganization_id)
            values (:p, :s, :r)
            """)
        .param("p", predecessor)
        .param("s", successor)
        .param("r", reorganization)
        .update();
  }

  private long record(
      ReorganizationKind kind, LocalDate on, DecisionRef decision, String note, String by) {
    var ref = decision == null ? DecisionRef.NONE : decision;
    return jdbc.sql(
            """
            insert into reorganization (kind, effective_on, decision_number, decision_date,
              decision_issuer, note, performed_by)
            values (:kind, :on, :number, :date, :issuer, :note, :by) returning id
            """)
        .param("kind", kind.name())
        .param("on", on)
        .param("number", ref.number())
        .param("date", ref.date())
        .param("issuer", ref.issuer())
        .param("note", note)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  private void publish(
      long reorganization,
      ReorganizationKind kind,
      LocalDate on,
      List<Long> ids,
      DecisionRef decision,
      String by) {
    for (long id : new LinkedHashSet<>(ids)) {
      jdbc.sql(
              "insert into reorganization_subject (reorganization_id, organization_id) values (:r, :o)")
          .param("r", reorganization)
          .param("o", id)
          .update();
    }
    events.publishEvent(
        new OrganizationsReorganized(
            reorganization,
            kind,
            on,
            List.copyOf(ids),
            decision == null ? DecisionRef.NONE : decision,
            by));
  }
}
