package vn.dangbo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.Period;
import vn.dangbo.shared.RefusedException;

/**
 * The villages, schools and stations of each commune and which cell serves them over time. A
 * commune formed by a merger inherits the places of the communes it was formed from.
 */
@Repository
public class Places {

  private static final String SELECT =
      """
      select p.id, p.commune_id, p.name, p.kind, p.valid_from, p.valid_to, s.cell_id,
        organization_name_on(s.cell_id, :on) as cell_name
      from place p
      left join place_service s on s.place_id = p.id
        and s.valid_from <= :on and (s.valid_to is null or s.valid_to > :on)
        and exists (select 1 from organization c where c.id = s.cell_id
                    and c.valid_from <= :on and (c.valid_to is null or c.valid_to > :on))
      """;

  private final JdbcClient jdbc;
  private final Organizations organizations;

  Places(JdbcClient jdbc, Organizations organizations) {
    this.jdbc = jdbc;
    this.organizations = organizations;
  }

  /**
   * The places of the organisation on the day: for a committee, those of its commune and the
   * communes it succeeded, and of the communes below it; for a cell, the places it serves.
   */
  public List<PlaceView> of(long organizationId, LocalDate on, OrganizationScope scope) {
    var organization =
        organizations
            .findOn(organizationId, on, scope)
            .orElseThrow(() -> new NotFoundException("organization.notFound"));
    if (organization.isCell()) {
      return jdbc.sql(
              SELECT
                  + " where s.cell_id = :id and p.valid_from <= :on"
                  + " and (p.valid_to is null or p.valid_to > :on) order by p.kind, p.name")
          .param("id", organizationId)
          .param("on", on)
          .query(Places::place)
          .list();
    }
    return jdbc.sql(
            """
            with recursive owners(id) as (
              select cast(:id as bigint)
              union
              select e.child from owners o cross join lateral (
                select s.predecessor_id as child from organization_succession s
                where s.successor_id = o.id
                union all
                select v.organization_id from organization_version v
                where v.parent_id = o.id and v.valid_from <= :on
                  and (v.valid_to is null or v.valid_to > :on)
              ) e
            )
            """
                + SELECT
                + " where p.commune_id = any(array(select id from owners)) and p.valid_from <= :on"
                + " and (p.valid_to is null or p.valid_to > :on) order by p.kind, p.name")
        .param("id", organizationId)
        .param("on", on)
        .query(Places::place)
        .list();
  }

  /**
   * Whether the user may give the place as someone's home place on the day: a place of a commune
   * they see, or one that a cell they see serves (a cell secretary names the villages of their
   * cell).
   */
  public boolean mayName(long id, LocalDate on, OrganizationScope scope) {
    return jdbc.sql(
            """
            select exists (select 1 from place p where p.id = :id and (:everything
              or p.commune_id = any(:visible)
              or exists (select 1 from place_service s where s.place_id = p.id
                         and s.cell_id = any(:visible) and s.valid_from <= :on
                         and (s.valid_to is null or s.valid_to > :on))))
            """)
        .param("id", id)
        .param("everything", scope.everything())
        .param("visible", scope.visible().toArray(Long[]::new))
        .param("on", on)
        .query(Boolean.class)
        .single();
  }

  public Optional<PlaceView> find(long id, LocalDate on, OrganizationScope scope) {
    return jdbc.sql(SELECT + " where p.id = :id")
        .param("id", id)
        .param("on", on)
        .query(Places::place)
        .optional()
        .filter(p -> scope.canSee(p.communeId()));
  }

  @Transactional
  public long record(NewPlace place, OrganizationScope scope) {
    scope.requireManager(place.communeId());
    var commune =
        organizations
            .findOn(place.communeId(), place.from())
            .orElseThrow(
                () -> new RefusedException("organization.refused.notExistingOn", place.from()));
    if (commune.isCell()) {
      throw new RefusedException("place.refused.communeIsCell");
    }
    long id =
        jdbc.sql(
                """
                insert into place (commune_id, name, kind, valid_from)
                values (:commune, :name, :kind, :from) returning id
                """)
            .param("commune", place.communeId())
            .param("name", place.name())
            .param("kind", place.kind().name())
            .param("from", place.from())
            .query(Long.class)
            .single();
    if (place.servingCellId() != null) {
      serve(id, place.servingCellId(), place.from(), scope);
    }
    return id;
  }

  /** Corrects the name or kind of a place (a typo, not a change over time). */
  @Transactional
  public void correct(long id, String name, PlaceKind kind, OrganizationScope scope) {
    var current =
        find(id, LocalDate.now(), scope).orElseThrow(() -> new NotFoundException("place.notFound"));
    scope.requireManager(current.communeId());
    var corrected = new NewPlace(current.communeId(), name, kind, current.existence().from(), null);
    jdbc.sql("update place set name = :name, kind = :kind, version = version + 1 where id = :id")
        .param("id", id)
        .param("name", corrected.name())
        .param("kind", corrected.kind().name())
        .update();
  }

  /**
   * From the day on, the cell serves the place (or nobody, when {@code cellId} is null); the
   * earlier service is kept as history.
   */
  @Transactional
  public void serve(long placeId, Long cellId, LocalDate from, OrganizationScope scope) {
    if (from == null) {
      throw new RefusedException("place.refused.dateRequired");
    }
    var place =
        find(placeId, from, scope).orElseThrow(() -> new NotFoundException("place.notFound"));
    scope.requireManager(place.communeId());
    if (!place.existence().contains(from)) {
      throw new RefusedException("place.refused.notExistingOn", from);
    }
    if (cellId != null) {
      var cell =
          organizations
              .findOn(cellId, from, scope)
              .orElseThrow(() -> new RefusedException("place.refused.cellMissing", from));
      if (!cell.isCell()) {
        throw new RefusedException("place.refused.notACell");
      }
    }
    LocalDate lastStart =
        jdbc.sql("select max(valid_from) from place_service where place_id = :id")
            .param("id", placeId)
            .query(LocalDate.class)
            .optional()
            .orElse(null);
    if (lastStart != null && !from.isAfter(lastStart)) {
      throw new RefusedException("place.refused.beforeLastChange", lastStart);
    }
    jdbc.sql("update place_service set valid_to = :from where place_id = :id and valid_to is null")
        .param("id", placeId)
        .param("from", from)
        .update();
    if (cellId != null) {
      jdbc.sql(
              "insert into place_service (place_id, cell_id, valid_from) values (:id, :cell, :from)")
          .param("id", placeId)
          .param("cell", cellId)
          .param("from", from)
          .update();
    }
  }

  private static PlaceView place(ResultSet rs, int row) throws SQLException {
    return new PlaceView(
        rs.getLong("id"),
        rs.getLong("commune_id"),
        rs.getString("name"),
        PlaceKind.valueOf(rs.getString("kind")),
        new Period(
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)),
        rs.getObject("cell_id", Long.class),
        rs.getString("cell_name"));
  }
}
