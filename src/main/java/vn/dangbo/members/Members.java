package vn.dangbo.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.EnumList;
import vn.dangbo.shared.IdMatch;
import vn.dangbo.shared.PersonName;

/** Reads members, always within the caller's scope (the cells they may see). */
@Repository
public class Members {

  static final String SELECT =
      """
      select m.*, e.name as ethnicity_name,
        organization_name(m.cell_id) as cell_name
      from member m join ethnicity e on e.code = m.ethnicity_code
      """;

  /** The columns of a list's lines ({@link MemberRow}). */
  static final String ROWS =
      """
      select m.id, m.full_name, m.birth_date, m.status, e.name as ethnicity_name,
        organization_name(m.cell_id) as cell_name
      from member m join ethnicity e on e.code = m.ethnicity_code
      """;

  /** Up to this many cells in view, a name search reads the view's members by cell. */
  static final int SMALL_SCOPE_CELLS = 1_000;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final PersonalData personalData;

  Members(JdbcClient jdbc, Clock clock, PersonalData personalData) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.personalData = personalData;
  }

  /** The record, when the user may read it: in a cell they see, or their own. */
  public Optional<Member> find(long id, OrganizationScope scope) {
    return jdbc.sql(SELECT + " where m.id = :id")
        .param("id", id)
        .query(this::member)
        .optional()
        .filter(m -> mayRead(scope, m.id(), m.record().cellId()));
  }

  /** Whether the user may read a member's record: in a cell they see, or their own. */
  private static boolean mayRead(OrganizationScope scope, long memberId, long cellId) {
    return (scope.personalRecords() && scope.canSee(cellId)) || scope.isOwnRecord(memberId);
  }

  /** The records with these citizen IDs (12 digits) that the user may read, by citizen ID. */
  public Map<String, Member> findByCitizenIds(
      java.util.Collection<String> citizenIds, OrganizationScope scope) {
    var found = new LinkedHashMap<String, Member>();
    readable(
            " where m.citizen_id_lookup = any(:ids)",
            citizenIds.stream().map(personalData::lookup).toArray(String[]::new),
            scope)
        .forEach(m -> found.put(m.record().citizenId(), m));
    return found;
  }

  /** Many records in one query, by id: those the user may read. */
  public Map<Long, Member> findAll(java.util.Collection<Long> ids, OrganizationScope scope) {
    var found = new LinkedHashMap<Long, Member>();
    readable(" where m.id = any(:ids)", ids.toArray(Long[]::new), scope)
        .forEach(m -> found.put(m.id(), m));
    return found;
  }

  /** The records the condition finds (an array parameter {@code ids}) that the user may read. */
  private List<Member> readable(String where, Object[] ids, OrganizationScope scope) {
    return jdbc.sql(SELECT + where).param("ids", ids).query(this::member).list().stream()
        .filter(m -> mayRead(scope, m.id(), m.record().cellId()))
        .toList();
  }

  /**
   * The names of a cell's members with these statuses, in name order (at most {@code limit}), when
   * the user may read the cell's records: what a choice of members shows, without opening their
   * sealed particulars.
   */
  public List<MemberName> names(
      long cellId, java.util.Set<MemberStatus> statuses, int limit, OrganizationScope scope) {
    if (!scope.personalRecords() || !scope.canSee(cellId) || statuses.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select id, full_name from member where cell_id = :cell and status in "
                + EnumList.of(statuses)
                + " order by search_key, id limit :limit")
        .param("cell", cellId)
        .param("limit", limit)
        .query((rs, n) -> new MemberName(rs.getLong("id"), rs.getString("full_name")))
        .list();
  }

  /** The names of the members with these ids that the user may read, by id. */
  public Map<Long, String> names(java.util.Collection<Long> ids, OrganizationScope scope) {
    var names = new LinkedHashMap<Long, String>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, cell_id, full_name from member where id = any(:ids) order by id")
        .param("ids", ids.toArray(Long[]::new))
        .query(
            rs -> {
              long id = rs.getLong("id");
              if (mayRead(scope, id, rs.getLong("cell_id"))) {
                names.put(id, rs.getString("full_name"));
              }
            });
    return names;
  }

  /**
   * The member transferred out under this citizen ID and not yet received: what the receiving cell
   * finds when it enters the ID from the introduction letter. Outside the user's scope by nature,
   * so it answers only to someone who manages a cell, only for an exact ID, and only a name, birth
   * date and the cell left.
   */
  public Optional<TransferAwaited> awaitingTransfer(String citizenId, OrganizationScope scope) {
    if (!scope.canManageAnything() || citizenId == null) {
      return Optional.empty();
    }
    return jdbc.sql(SELECT + " where m.citizen_id_lookup = :lookup and m.status = :status")
        .param("lookup", personalData.lookup(citizenId.strip()))
        .param("status", MemberStatus.TRANSFERRED_OUT.name())
        .query(this::member)
        .optional()
        .map(
            m ->
                new TransferAwaited(
                    m.id(),
                    m.fullName(),
                    m.record().birthDate(),
                    m.cellName(),
                    m.statusSince(),
                    m.version()));
  }

  /** A page of the records the query finds in the user's scope, their sealed values opened. */
  public MemberPage<Member> list(MemberQuery query, OrganizationScope scope) {
    return page(query, scope, SELECT, this::member);
  }

  /**
   * The same page as lines of a list (name, birth date, ethnic group, cell, status): nothing sealed
   * is read or opened, as a list shows none of it.
   */
  public MemberPage<MemberRow> rows(MemberQuery query, OrganizationScope scope) {
    return page(
        query,
        scope,
        ROWS,
        (rs, n) ->
            new MemberRow(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity_name"),
                rs.getString("cell_name"),
                MemberStatus.valueOf(rs.getString("status"))));
  }

  private <T> MemberPage<T> page(
      MemberQuery query, OrganizationScope scope, String select, RowMapper<T> row) {
    var where = new ArrayList<String>();
    var params = new LinkedHashMap<String, Object>();
    if (!scope.personalRecords()) {
      return new MemberPage<>(List.of(), 0, query.page(), query.size());
    }
    if (query.cellId() != null) {
      if (!scope.canSee(query.cellId())) {
        return new MemberPage<>(List.of(), 0, query.page(), query.size());
      }
      where.add("m.cell_id = :cell");
      params.put("cell", query.cellId());
    } else if (!scope.everything()) {
      where.add("m.cell_id = any(:cells)");
      params.put("cells", scope.visible().toArray(Long[]::new));
    }
    if (query.text() != null && !query.text().isBlank()) {
      String digits = query.text().replaceAll("[\\s.]", "");
      // Within a small part of the tree, reading its members by cell and matching each is
      // cheaper than the trigram index over every name of the country, which PostgreSQL would
      // otherwise combine with the cell index (200–600 ms for a commune on the nation's data):
      // the name is written so that the trigram index cannot serve it.
      boolean small = !scope.everything() && scope.visible().size() <= SMALL_SCOPE_CELLS;
      String name = small ? "(m.search_key || '')" : "m.search_key";
      where.add(
          "("
              + name
              + " like :text or m.citizen_id_lookup = :lookup or m.party_card_number = :raw)");
      params.put("text", "%" + PersonName.searchKey(query.text()) + "%");
      params.put("lookup", digits.matches("[0-9]{12}") ? personalData.lookup(digits) : null);
      params.put("raw", query.text().strip());
    }
    if (!query.statuses().isEmpty()) {
      where.add("m.status in " + EnumList.of(query.statuses()));
    }
    if (query.ethnicityCode() != null) {
      where.add("m.ethnicity_code = :ethnicity");
      params.put("ethnicity", query.ethnicityCode());
    }
    if (query.sex() != null) {
      where.add("m.sex = :sex");
      params.put("sex", query.sex().name());
    }
    LocalDate today = LocalDate.now(clock);
    if (query.minAge() != null) {
      where.add("m.birth_date <= :bornBy");
      params.put("bornBy", today.minusYears(query.minAge()));
    }
    if (query.maxAge() != null) {
      where.add("m.birth_date > :bornAfter");
      params.put("bornAfter", today.minusYears(query.maxAge() + 1L));
    }
    flag(where, "youth_union", query.youthUnion());
    flag(where, "militia", query.militia());
    flag(where, "teacher", query.teacher());
    String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
    long total =
        jdbc.sql("select count(*) from member m" + condition)
            .params(params)
            .query(Long.class)
            .single();
    var found =
        jdbc.sql(select + condition + " order by m.search_key, m.id limit :size offset :offset")
            .params(params)
            .param("size", query.size())
            .param("offset", (long) query.page() * query.size())
            .query(row)
            .list();
    return new MemberPage<>(found, total, query.page(), query.size());
  }

  /** Every member matching the query (all pages), for exports. */
  public List<Member> all(MemberQuery query, OrganizationScope scope) {
    var result = new ArrayList<Member>();
    int page = 0;
    MemberPage<Member> current;
    do {
      current =
          list(
              new MemberQuery(
                  query.text(),
                  query.cellId(),
                  query.statuses(),
                  query.ethnicityCode(),
                  query.sex(),
                  query.minAge(),
                  query.maxAge(),
                  query.youthUnion(),
                  query.militia(),
                  query.teacher(),
                  page++,
                  500),
              scope);
      result.addAll(current.members());
    } while (current.page() + 1 < current.pages());
    return result;
  }

  /** Status changes of the member, oldest first. */
  public List<StatusChange> history(long id) {
    return histories(List.of(id)).getOrDefault(id, List.of());
  }

  /** Status changes of many members in one query, oldest first, by member. */
  public Map<Long, List<StatusChange>> histories(java.util.Collection<Long> ids) {
    var result = new LinkedHashMap<Long, List<StatusChange>>();
    var members = IdMatch.of("member_id", "ids", ids);
    jdbc.sql(
            "select * from member_status_change where "
                + members.sql()
                + " order by member_id, effective_on, id")
        .param("ids", members.value())
        .query(
            rs -> {
              result
                  .computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                  .add(
                      new StatusChange(
                          ChangeKind.valueOf(rs.getString("kind")),
                          status(rs.getString("from_status")),
                          MemberStatus.valueOf(rs.getString("to_status")),
                          rs.getLong("cell_id"),
                          rs.getObject("effective_on", LocalDate.class),
                          rs.getObject("until_date", LocalDate.class),
                          new DecisionRef(
                              rs.getString("decision_number"),
                              rs.getObject("decision_date", LocalDate.class),
                              rs.getString("decision_issuer")),
                          rs.getString("reason"),
                          rs.getString("entered_by"),
                          rs.getTimestamp("entered_at").toInstant()));
            });
    return result;
  }

  /** Ethnic groups by code, in the official order. */
  public Map<Integer, String> ethnicities() {
    var result = new LinkedHashMap<Integer, String>();
    jdbc.sql("select code, name from ethnicity order by code")
        .query(
            rs -> {
              result.put(rs.getInt("code"), rs.getString("name"));
            });
    return result;
  }

  private static void flag(List<String> where, String column, Boolean value) {
    if (value != null) {
      where.add("m." + column + " = " + value);
    }
  }

  private static MemberStatus status(String value) {
    return value == null ? null : MemberStatus.valueOf(value);
  }

  /** A row of {@link #SELECT} as a member, their sealed values opened. */
  Member member(ResultSet rs, int row) throws SQLException {
    String theory = rs.getString("political_theory");
    var record =
        new MemberRecord(
            rs.getString("full_name"),
            rs.getString("other_names"),
            Sex.valueOf(rs.getString("sex")),
            rs.getObject("birth_date", LocalDate.class),
            rs.getString("birth_place"),
            rs.getString("home_town"),
            personalData.open(rs.getString("residence")),
            rs.getInt("ethnicity_code"),
            rs.getString("religion"),
            rs.getString("general_education"),
            rs.getString("education_note"),
            rs.getString("professional_qualification"),
            theory == null ? null : PoliticalTheory.valueOf(theory),
            rs.getString("occupation"),
            personalData.open(rs.getString("citizen_id")),
            personalData.open(rs.getString("old_id_number")),
            rs.getString("party_card_number"),
            personalData.open(rs.getString("phone")),
            rs.getLong("cell_id"),
            rs.getObject("home_place_id", Long.class),
            rs.getObject("admission_decision_date", LocalDate.class),
            rs.getObject("admission_ceremony_date", LocalDate.class),
            rs.getBoolean("youth_union"),
            rs.getBoolean("militia"),
            rs.getBoolean("teacher"),
            rs.getBoolean("health_worker"));
    return new Member(
        rs.getLong("id"),
        record,
        rs.getString("ethnicity_name"),
        rs.getString("cell_name"),
        MemberStatus.valueOf(rs.getString("status")),
        rs.getObject("status_since", LocalDate.class),
        rs.getObject("official_date", LocalDate.class),
        rs.getInt("version"));
  }
}
