package vn.dangbo.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.figures.FigureCache;
import vn.dangbo.figures.KeptUntilChange;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.Period;
import vn.dangbo.shared.ReadOnlyMemo;
import vn.dangbo.shared.RefusedException;

/**
 * Reads the organisation tree as it was on any day. Every method that lists or finds organisations
 * for a user takes that user's {@link OrganizationScope}.
 */
@Repository
public class Organizations {

  private static final String NODE_COLUMNS =
      """
      o.id, o.code, o.kind, o.administrative_level, o.grassroots, o.cell_type,
      o.valid_from, o.valid_to, v.name, v.parent_id
      """;

  private static final String ON_DATE =
      """
      o.valid_from <= :on and (o.valid_to is null or o.valid_to > :on)
      and v.valid_from <= :on and (v.valid_to is null or v.valid_to > :on)
      """;

  /** Committees before partial committees before cells, then by name. */
  private static final String ORDER =
      "case o.kind when 'COMMITTEE' then 0 when 'PARTIAL_COMMITTEE' then 1 else 2 end, v.name";

  /** Trees kept per day and scope, and the largest scope whose tree is kept. */
  static final int KEPT_TREES = 1_000;

  static final int KEPT_TREE_SIZE = 200;

  private final JdbcClient jdbc;

  /**
   * The trees of the scopes of a commune or smaller, read once a day and kept until the tree
   * changes (a change of the tree is announced as concerning every organisation): nearly every page
   * lists the organisations its user sees, and on a national database a custom plan is made for
   * each read (its generic plan assumes more ids than a commune has).
   */
  private final KeptUntilChange<TreeKey, List<OrganizationNode>> trees;

  private record TreeKey(LocalDate on, Set<Long> ids) {}

  /** The subtrees asked for in a read-only transaction: a dashboard asks a dozen times. */
  private final ReadOnlyMemo memo = new ReadOnlyMemo("organizations");

  Organizations(JdbcClient jdbc, FigureCache changes) {
    this.jdbc = jdbc;
    this.trees = new KeptUntilChange<>(changes, KEPT_TREES);
  }

  /** The organisations in scope that exist on the day, parents before children by name. */
  public List<OrganizationNode> treeOn(LocalDate on, OrganizationScope scope) {
    if (scope.everything()) {
      return readTree(on, "", Map.of());
    }
    if (scope.visible().size() > KEPT_TREE_SIZE) {
      return readTree(on, scope.visibleIds());
    }
    return trees.get(new TreeKey(on, scope.visible()), () -> readTree(on, scope.visibleIds()));
  }

  private List<OrganizationNode> readTree(LocalDate on, Long[] ids) {
    return readTree(on, " and o.id = any(:ids)", Map.of("ids", ids));
  }

  private List<OrganizationNode> readTree(LocalDate on, String condition, Map<String, ?> params) {
    return List.copyOf(
        jdbc.sql(
                "select "
                    + NODE_COLUMNS
                    + " from organization o join organization_version v on v.organization_id = o.id"
                    + " where "
                    + ON_DATE
                    + condition
                    + " order by "
                    + ORDER)
            .param("on", on)
            .params(params)
            .query(Organizations::node)
            .list());
  }

  /**
   * The organisation as it was on the day, if it existed then and the scope lets the user see it.
   */
  public Optional<OrganizationNode> findOn(long id, LocalDate on, OrganizationScope scope) {
    if (!scope.canSee(id)) {
      return Optional.empty();
    }
    return findOn(id, on);
  }

  Optional<OrganizationNode> findOn(long id, LocalDate on) {
    return jdbc.sql(
            "select "
                + NODE_COLUMNS
                + " from organization o join organization_version v on v.organization_id = o.id"
                + " where o.id = :id and "
                + ON_DATE)
        .param("id", id)
        .param("on", on)
        .query(Organizations::node)
        .optional();
  }

  /**
   * The organisation on its last day of existence, or today if it still exists: how a dissolved or
   * merged unit is shown.
   */
  public Optional<OrganizationNode> findLatest(long id, OrganizationScope scope) {
    if (!scope.canSee(id)) {
      return Optional.empty();
    }
    return findLatest(id);
  }

  /**
   * The organisation, refused when the day falls outside the period it exists in: a step, a meeting
   * or a status change of a cell is refused the same way everywhere, naming the cell's dates. An
   * organisation the user may not see is not found.
   */
  public OrganizationNode requireExistsOn(long id, LocalDate day, OrganizationScope scope) {
    var node =
        findLatest(id, scope).orElseThrow(() -> new NotFoundException("organization.notFound"));
    if (!node.existsOn(day)) {
      var existence = node.existence();
      throw RefusedException.forField(
          "on",
          existence.isOpen()
              ? "organization.refused.outsideExistenceOpen"
              : "organization.refused.outsideExistence",
          node.name(),
          day(existence.from()),
          existence.isOpen() ? "" : day(existence.lastDay()),
          day(day));
    }
    return node;
  }

  private static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  Optional<OrganizationNode> findLatest(long id) {
    return jdbc.sql(
            "select "
                + NODE_COLUMNS
                + " from organization o join organization_version v on v.organization_id = o.id"
                + " where o.id = :id order by v.valid_from desc limit 1")
        .param("id", id)
        .query(Organizations::node)
        .optional();
  }

  /** Direct children on the day. */
  public List<OrganizationNode> childrenOn(long id, LocalDate on) {
    return jdbc.sql(
            "select "
                + NODE_COLUMNS
                + " from organization o join organization_version v on v.organization_id = o.id"
                + " where v.parent_id = :id and "
                + ON_DATE
                + " order by "
                + ORDER)
        .param("id", id)
        .param("on", on)
        .query(Organizations::node)
        .list();
  }

  /**
   * All organisations below the given one on the day, at any depth: one range of the index of
   * {@code organization_ancestor}, which the database keeps from the versions (V27).
   */
  public List<OrganizationNode> descendantsOn(long id, LocalDate on) {
    if (!ReadOnlyMemo.remembering()) {
      return readDescendantsOn(id, on);
    }
    return memo.get(
        List.of("descendants", id, on),
        () ->
            memo.get(List.of("subtree", id), () -> readSubtree(id)).stream()
                .filter(row -> row.inForce().contains(on))
                .map(DatedNode::node)
                .toList());
  }

  /** The cells below the organisation on the day, by name. */
  public List<OrganizationNode> cellsUnder(long id, LocalDate on) {
    return descendantsOn(id, on).stream()
        .filter(OrganizationNode::isCell)
        .sorted(java.util.Comparator.comparing(OrganizationNode::name))
        .toList();
  }

  /** The cells the user sees on the day, in the tree's order. */
  public List<OrganizationNode> cellsOn(LocalDate on, OrganizationScope scope) {
    return treeOn(on, scope).stream().filter(OrganizationNode::isCell).toList();
  }

  /** An organisation below another as it was during a period: its version and its place. */
  private record DatedNode(OrganizationNode node, Period inForce) {}

  /**
   * Everything ever below the organisation, each version with the days it was below it, in the
   * order of {@link #ORDER}: a dashboard asks for the subtree on up to seven days (today, the ends
   * of the last years, the year's first and last day), and on a national database each day's query
   * reads a province's 4,000 organisations again (35 ms); one read and a filter per day give the
   * same lists (their order too: a day's rows are a subsequence of the ordered whole).
   */
  private List<DatedNode> readSubtree(long id) {
    return jdbc.sql(
            "select "
                + NODE_COLUMNS
                + ", greatest(a.valid_from, o.valid_from, v.valid_from) as in_force_from,"
                + " least(a.valid_to, o.valid_to, v.valid_to) as in_force_to"
                + " from organization_ancestor a join organization o on o.id = a.organization_id"
                + " join organization_version v on v.organization_id = o.id"
                + " where a.ancestor_id = :id"
                + " and greatest(a.valid_from, o.valid_from, v.valid_from)"
                + " < coalesce(least(a.valid_to, o.valid_to, v.valid_to), 'infinity')"
                + " order by "
                + ORDER)
        .param("id", id)
        .query(
            (rs, n) ->
                new DatedNode(
                    node(rs, n),
                    new Period(
                        rs.getObject("in_force_from", LocalDate.class),
                        rs.getObject("in_force_to", LocalDate.class))))
        .list();
  }

  private List<OrganizationNode> readDescendantsOn(long id, LocalDate on) {
    return jdbc.sql(
            "select "
                + NODE_COLUMNS
                + " from organization_ancestor a join organization o on o.id = a.organization_id"
                + " join organization_version v on v.organization_id = o.id"
                + " where a.ancestor_id = :id and a.valid_from <= :on"
                + " and (a.valid_to is null or a.valid_to > :on) and "
                + ON_DATE
                + " order by "
                + ORDER)
        .param("id", id)
        .param("on", on)
        .query(Organizations::node)
        .list();
  }

  /** The organisation and its ancestors on the day, nearest first. */
  public List<Long> selfAndAncestorsOn(long id, LocalDate on) {
    var ids = new ArrayList<Long>();
    ids.add(id);
    ids.addAll(
        jdbc.sql(
                """
                select a.ancestor_id from organization_ancestor a
                where a.organization_id = :id and a.valid_from <= :on
                  and (a.valid_to is null or a.valid_to > :on)
                order by a.depth
                """)
            .param("id", id)
            .param("on", on)
            .query(Long.class)
            .list());
    return ids;
  }

  /**
   * The organisation and the organisations above it on the day, nearest first. The path upwards is
   * shown to anyone who may see the organisation itself (a cell knows which commune it is under).
   */
  public List<OrganizationNode> pathUpOn(long id, LocalDate on, OrganizationScope scope) {
    if (!scope.canSee(id)) {
      return List.of();
    }
    return selfAndAncestorsOn(id, on).stream()
        .map(ancestor -> findOn(ancestor, on))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * Every organisation that was ever below the root, or that the root or anything below it
   * succeeded: the records a committee office inherits. Used to build scopes.
   */
  public Set<Long> everBelowOrSucceededBy(long rootId) {
    return memo.get(List.of("everBelow", rootId), () -> Set.copyOf(readEverBelow(rootId)));
  }

  private Set<Long> readEverBelow(long rootId) {
    return new HashSet<>(
        jdbc.sql(
                """
                with recursive reach(id) as (
                  select cast(:root as bigint)
                  union
                  -- each step looks up the children and predecessors of the ids reached, by index
                  select e.child from reach r cross join lateral (
                    select v.organization_id as child from organization_version v
                    where v.parent_id = r.id
                    union all
                    select s.predecessor_id from organization_succession s
                    where s.successor_id = r.id
                  ) e
                )
                select id from reach
                """)
            .param("root", rootId)
            .query(Long.class)
            .list());
  }

  /** The organisation with this code (such as {@code SL}), if there is one. */
  public Optional<Long> idOfCode(String code) {
    return jdbc.sql("select id from organization where code = :code")
        .param("code", code)
        .query(Long.class)
        .optional();
  }

  /** Organisations this one was formed from (merge, split), with their last names. */
  public List<OrganizationNode> predecessors(long id) {
    return linked(
        "select predecessor_id from organization_succession where successor_id = :id", id);
  }

  /** Organisations this one became. */
  public List<OrganizationNode> successors(long id) {
    return linked(
        "select successor_id from organization_succession where predecessor_id = :id", id);
  }

  private List<OrganizationNode> linked(String idQuery, long id) {
    return jdbc.sql(idQuery).param("id", id).query(Long.class).list().stream()
        .map(this::findLatest)
        .flatMap(Optional::stream)
        .toList();
  }

  static OrganizationNode node(ResultSet rs, int rowNum) throws SQLException {
    String level = rs.getString("administrative_level");
    String cellType = rs.getString("cell_type");
    return new OrganizationNode(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        OrganizationKind.valueOf(rs.getString("kind")),
        level == null ? null : AdministrativeLevel.valueOf(level),
        rs.getBoolean("grassroots"),
        cellType == null ? null : CellType.valueOf(cellType),
        rs.getObject("parent_id", Long.class),
        new Period(
            rs.getObject("valid_from", LocalDate.class),
            rs.getObject("valid_to", LocalDate.class)));
  }

  static Period period(ResultSet rs) throws SQLException {
    return new Period(
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
  }
}
