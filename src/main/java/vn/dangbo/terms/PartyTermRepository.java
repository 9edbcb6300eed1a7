package vn.dangbo.terms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.CommitteeMember;
import vn.dangbo.organization.CommitteeMembers;

/**
 * Where terms are loaded and saved: the term's row, and its seats, which are the organisation
 * module's committee members (whose periods give the committee on any day) linked to the term.
 */
@Repository
class PartyTermRepository {

  /** The service has checked the user may change the organisation's committee. */
  private static final OrganizationScope ALL = OrganizationScope.all();

  private final JdbcClient jdbc;
  private final CommitteeMembers committeeMembers;

  PartyTermRepository(JdbcClient jdbc, CommitteeMembers committeeMembers) {
    this.jdbc = jdbc;
    this.committeeMembers = committeeMembers;
  }

  /** Which term a committee member's seat belongs to, how they joined and why they left. */
  private record Link(long term, TermSeat.Joined joined, TermSeat.LeftReason left) {}

  Optional<PartyTerm> find(long id) {
    return terms("where t.id = :id", Map.of("id", id)).stream().findFirst();
  }

  /** The organisation's terms, the latest first. */
  List<PartyTerm> ofOrganization(long organizationId) {
    return terms("where t.organization_id = :org", Map.of("org", organizationId));
  }

  /** The terms still open of the organisations. */
  Map<Long, PartyTerm> openOf(Collection<Long> organizations) {
    var open = new HashMap<Long, PartyTerm>();
    for (var term :
        terms(
            "where t.organization_id = any(:orgs) and t.closed_on is null",
            Map.of("orgs", organizations.toArray(Long[]::new)))) {
      open.put(term.organizationId(), term);
    }
    return open;
  }

  /**
   * The terms still open that end by the day, of the organisations (or of all, for null), the
   * earliest end first; without their seats (a reminder needs the days only).
   */
  List<PartyTerm> openEndingBy(LocalDate day, Long[] organizations) {
    var sql = "select t.* from party_term t where t.closed_on is null and t.ends_on <= :day";
    var query =
        organizations == null
            ? jdbc.sql(sql + " order by t.ends_on")
            : jdbc.sql(sql + " and t.organization_id = any(:orgs) order by t.ends_on")
                .param("orgs", organizations);
    return query.param("day", day).query(PartyTermRepository::row).list();
  }

  long add(PartyTerm term, String by) {
    long id =
        jdbc.sql(
                """
                insert into party_term (organization_id, begun_on, ends_on, origin,
                  first_after_merger, note, entered_by)
                values (:org, :begun, :ends, :origin, :first, :note, :by) returning id
                """)
            .param("org", term.organizationId())
            .param("begun", term.begunOn())
            .param("ends", term.endsOn())
            .param("origin", term.origin().name())
            .param("first", term.firstAfterMerger())
            .param("note", term.note())
            .param("by", by)
            .query(Long.class)
            .single();
    term.seats().forEach(seat -> addSeat(id, term.organizationId(), seat));
    return id;
  }

  /**
   * Saves the term's end and its seats: new ones become committee members, ended ones end (and with
   * them the cells their holders were in charge of).
   */
  void save(PartyTerm term) {
    int updated =
        jdbc.sql(
                """
                update party_term set closed_on = :closed, version = version + 1
                where id = :id and version = :version
                """)
            .param("closed", term.closedOn())
            .param("id", term.id())
            .param("version", term.version())
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException("party_term " + term.id());
    }
    for (var seat : term.seats()) {
      if (seat.id() == 0) {
        addSeat(term.id(), term.organizationId(), seat);
      } else if (!seat.period().isOpen()) {
        endSeat(seat.id(), seat.period().to(), seat.leftReason());
      }
    }
  }

  /**
   * Ends, on the day a term begins, the organisation's committee members recorded outside any term
   * (appointed before terms were kept).
   */
  void endSeatsWithoutTerm(long organizationId, LocalDate on) {
    var inTerms =
        Set.copyOf(
            jdbc.sql(
                    """
                    select s.committee_member_id from term_seat s
                    join party_term t on t.id = s.term_id where t.organization_id = :org
                    """)
                .param("org", organizationId)
                .query(Long.class)
                .list());
    committeeMembers.of(organizationId, on, ALL).stream()
        .filter(m -> !inTerms.contains(m.id()) && m.term().from().isBefore(on))
        .forEach(m -> committeeMembers.endTerm(m.id(), on, ALL));
  }

  List<PreparationStep> steps() {
    return jdbc.sql(
            """
            select code, name, months_before, legal_basis, unconfirmed
            from congress_preparation_step order by position
            """)
        .query(
            (rs, n) ->
                new PreparationStep(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getInt("months_before"),
                    rs.getString("legal_basis"),
                    rs.getBoolean("unconfirmed")))
        .list();
  }

  /** The day each preparation step of the term was done, by step. */
  Map<String, LocalDate> prepared(long termId) {
    var done = new HashMap<String, LocalDate>();
    jdbc.sql("select step_code, done_on from congress_preparation where term_id = :t")
        .param("t", termId)
        .query(
            rs -> {
              done.put(rs.getString("step_code"), rs.getObject("done_on", LocalDate.class));
            });
    return done;
  }

  void markPrepared(long termId, String step, LocalDate on, String by) {
    jdbc.sql(
            """
            insert into congress_preparation (term_id, step_code, done_on, entered_by)
            values (:t, :step, :on, :by)
            on conflict (term_id, step_code) do update set done_on = excluded.done_on,
              entered_by = excluded.entered_by, entered_at = now()
            """)
        .param("t", termId)
        .param("step", step)
        .param("on", on)
        .param("by", by)
        .update();
  }

  private void addSeat(long termId, long organizationId, TermSeat seat) {
    long id =
        committeeMembers.appoint(
            organizationId, seat.fullName(), seat.position(), seat.period().from(), ALL);
    jdbc.sql(
            """
            insert into term_seat (committee_member_id, term_id, joined_how)
            values (:id, :term, :joined)
            """)
        .param("id", id)
        .param("term", termId)
        .param("joined", seat.joined().name())
        .update();
  }

  private void endSeat(long seatId, LocalDate on, TermSeat.LeftReason reason) {
    int marked =
        jdbc.sql(
                """
                update term_seat set left_reason = :reason
                where committee_member_id = :id and left_reason is null
                """)
            .param("id", seatId)
            .param("reason", reason.name())
            .update();
    boolean open = committeeMembers.find(seatId).map(m -> m.term().isOpen()).orElse(false);
    if (marked > 0 && open) {
      committeeMembers.endTerm(seatId, on, ALL);
    }
  }

  private List<PartyTerm> terms(String where, Map<String, ?> params) {
    var rows =
        jdbc.sql("select t.* from party_term t " + where + " order by t.begun_on desc")
            .params(params)
            .query(PartyTermRepository::row)
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    var links = new HashMap<Long, Link>();
    jdbc.sql("select * from term_seat where term_id = any(:terms)")
        .param("terms", rows.stream().map(PartyTerm::id).toArray(Long[]::new))
        .query(
            rs -> {
              String left = rs.getString("left_reason");
              links.put(
                  rs.getLong("committee_member_id"),
                  new Link(
                      rs.getLong("term_id"),
                      TermSeat.Joined.valueOf(rs.getString("joined_how")),
                      left == null ? null : TermSeat.LeftReason.valueOf(left)));
            });
    var seats = new HashMap<Long, List<TermSeat>>();
    committeeMembers.findAll(links.keySet()).stream()
        .sorted(
            Comparator.comparing((CommitteeMember m) -> m.term().from())
                .thenComparing(CommitteeMember::position)
                .thenComparing(CommitteeMember::fullName))
        .forEach(
            m -> {
              var link = links.get(m.id());
              seats
                  .computeIfAbsent(link.term(), k -> new ArrayList<>())
                  .add(
                      new TermSeat(
                          m.id(),
                          m.fullName(),
                          m.position(),
                          m.term(),
                          link.joined(),
                          link.left()));
            });
    return rows.stream()
        .map(
            t ->
                new PartyTerm(
                    t.id(),
                    t.organizationId(),
                    t.begunOn(),
                    t.endsOn(),
                    t.origin(),
                    t.firstAfterMerger(),
                    t.closedOn(),
                    t.note(),
                    seats.getOrDefault(t.id(), List.of()),
                    t.version()))
        .toList();
  }

  private static PartyTerm row(ResultSet rs, int n) throws SQLException {
    return new PartyTerm(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        rs.getObject("begun_on", LocalDate.class),
        rs.getObject("ends_on", LocalDate.class),
        PartyTerm.Origin.valueOf(rs.getString("origin")),
        rs.getBoolean("first_after_merger"),
        rs.getObject("closed_on", LocalDate.class),
        rs.getString("note"),
        List.of(),
        rs.getInt("version"));
  }
}
