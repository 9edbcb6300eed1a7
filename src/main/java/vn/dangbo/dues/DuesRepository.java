package vn.dangbo.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.dangbo.shared.RefusedException;

/** Where the dues records are read and written: bases, reliefs, payments, regions and wages. */
@Repository
class DuesRepository {

  private final JdbcClient jdbc;

  DuesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The bases of the members, oldest first. */
  Map<Long, List<DuesBasis>> bases(Collection<Long> members) {
    var found = new HashMap<Long, List<DuesBasis>>();
    jdbc.sql(
            """
            select member_id, from_month, income_kind, declared_amount, voluntary from dues_basis
            where member_id = any(:ids) order by member_id, from_month
            """)
        .param("ids", members.toArray(Long[]::new))
        .query(
            rs -> {
              Long declared = rs.getObject("declared_amount", Long.class);
              found
                  .computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                  .add(
                      new DuesBasis(
                          YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                          IncomeKind.valueOf(rs.getString("income_kind")),
                          declared,
                          rs.getLong("voluntary")));
            });
    return found;
  }

  /** The reliefs of the members that cover any month of the year. */
  Map<Long, List<Relief>> reliefs(Collection<Long> members, int year) {
    var found = new HashMap<Long, List<Relief>>();
    jdbc.sql(
            """
            select * from dues_relief where member_id = any(:ids)
              and from_month <= :last and to_month >= :first
            order by member_id, from_month
            """)
        .param("ids", members.toArray(Long[]::new))
        .param("first", LocalDate.of(year, 1, 1))
        .param("last", LocalDate.of(year, 12, 1))
        .query(
            rs -> {
              found
                  .computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                  .add(
                      new Relief(
                          rs.getLong("id"),
                          rs.getInt("percent"),
                          YearMonth.from(rs.getObject("from_month", LocalDate.class)),
                          YearMonth.from(rs.getObject("to_month", LocalDate.class)),
                          rs.getString("decision_number"),
                          rs.getObject("decision_date", LocalDate.class),
                          rs.getString("decided_by"),
                          rs.getString("reason")));
            });
    return found;
  }

  /** The payments of the members for months of the year, in the order they were entered. */
  Map<Long, List<Payment>> payments(Collection<Long> members, int year) {
    var found = new HashMap<Long, List<Payment>>();
    jdbc.sql(
            """
            select * from dues_payment where member_id = any(:ids)
              and month between :first and :last
            order by member_id, month, id
            """)
        .param("ids", members.toArray(Long[]::new))
        .param("first", LocalDate.of(year, 1, 1))
        .param("last", LocalDate.of(year, 12, 1))
        .query(
            rs -> {
              found
                  .computeIfAbsent(rs.getLong("member_id"), k -> new ArrayList<>())
                  .add(
                      new Payment(
                          rs.getLong("id"),
                          YearMonth.from(rs.getObject("month", LocalDate.class)),
                          rs.getLong("amount"),
                          PaymentMethod.valueOf(rs.getString("method")),
                          rs.getString("reference"),
                          rs.getString("paid_by"),
                          rs.getObject("paid_on", LocalDate.class),
                          rs.getString("entered_by")));
            });
    return found;
  }

  /** The member and month of a payment, if it exists. */
  Optional<Object[]> paymentOwner(long paymentId) {
    return jdbc.sql("select member_id, month from dues_payment where id = :id")
        .param("id", paymentId)
        .query(
            (rs, n) ->
                new Object[] {
                  rs.getLong("member_id"), YearMonth.from(rs.getObject("month", LocalDate.class))
                })
        .optional();
  }

  /** Stores a payment; a portal reference already recorded is refused. */
  long addPayment(long memberId, long cellId, Payment payment) {
    try {
      return jdbc.sql(
              """
              insert into dues_payment (member_id, cell_id, month, amount, method, reference,
                paid_by, paid_on, entered_by)
              values (:member, :cell, :month, :amount, :method, :reference, :paidBy, :paidOn, :by)
              returning id
              """)
          .param("member", memberId)
          .param("cell", cellId)
          .param("month", payment.month().atDay(1))
          .param("amount", payment.amount())
          .param("method", payment.method().name())
          .param("reference", payment.reference())
          .param("paidBy", payment.paidBy())
          .param("paidOn", payment.paidOn())
          .param("by", payment.enteredBy())
          .query(Long.class)
          .single();
    } catch (DuplicateKeyException taken) {
      throw RefusedException.forField("reference", "dues.refused.referenceTaken");
    }
  }

  /** Which of these portal references are already recorded. */
  java.util.Set<String> existingReferences(Collection<String> references) {
    return new java.util.HashSet<>(
        jdbc.sql("select reference from dues_payment where reference = any(:refs)")
            .param("refs", references.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  /** Every version of the regions of these organisations: by organisation, by first day. */
  Map<Long, NavigableMap<LocalDate, Integer>> regions(Collection<Long> organizations) {
    var found = new HashMap<Long, NavigableMap<LocalDate, Integer>>();
    jdbc.sql(
            """
            select organization_id, effective_from, region from wage_region
            where organization_id = any(:ids)
            """)
        .param("ids", organizations.toArray(Long[]::new))
        .query(
            (RowCallbackHandler)
                rs ->
                    found
                        .computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .put(rs.getObject(2, LocalDate.class), rs.getInt(3)));
    return found;
  }

  /** Every regional minimum wage: by region, by first day. */
  Map<Integer, NavigableMap<LocalDate, Long>> minimumWages() {
    var found = new HashMap<Integer, NavigableMap<LocalDate, Long>>();
    jdbc.sql("select region, effective_from, amount from minimum_wage")
        .query(
            (RowCallbackHandler)
                rs ->
                    found
                        .computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
                        .put(rs.getObject(2, LocalDate.class), rs.getLong(3)));
    return found;
  }

  /** Records the region of an organisation from a day (a new version replaces one of that day). */
  void setRegion(long organizationId, LocalDate from, int region, String basis, boolean unsure) {
    jdbc.sql(
            """
            insert into wage_region (organization_id, effective_from, region, legal_basis,
              unconfirmed)
            values (:org, :from, :region, :basis, :unsure)
            on conflict (organization_id, effective_from) do update set region = excluded.region,
              legal_basis = excluded.legal_basis, unconfirmed = excluded.unconfirmed
            """)
        .param("org", organizationId)
        .param("from", from)
        .param("region", region)
        .param("basis", basis)
        .param("unsure", unsure)
        .update();
  }

  /** Records a member's basis from a month (a basis of that month is replaced). */
  void saveBasis(long memberId, DuesBasis basis, String by) {
    jdbc.sql(
            """
            insert into dues_basis (member_id, from_month, income_kind, declared_amount, voluntary,
              entered_by)
            values (:member, :from, :kind, :declared, :voluntary, :by)
            on conflict (member_id, from_month) do update set income_kind = excluded.income_kind,
              declared_amount = excluded.declared_amount, voluntary = excluded.voluntary,
              entered_by = excluded.entered_by, entered_at = now()
            """)
        .param("member", memberId)
        .param("from", basis.from().atDay(1))
        .param("kind", basis.kind().name())
        .param("declared", basis.declared())
        .param("voluntary", basis.voluntary())
        .param("by", by)
        .update();
  }

  /** Records a relief decision. */
  long addRelief(long memberId, Relief relief, String by) {
    return jdbc.sql(
            """
            insert into dues_relief (member_id, percent, from_month, to_month, decision_number,
              decision_date, decided_by, reason, entered_by)
            values (:member, :percent, :from, :to, :number, :date, :decidedBy, :reason, :by)
            returning id
            """)
        .param("member", memberId)
        .param("percent", relief.percent())
        .param("from", relief.from().atDay(1))
        .param("to", relief.to().atDay(1))
        .param("number", relief.decisionNumber())
        .param("date", relief.decisionDate())
        .param("decidedBy", relief.decidedBy())
        .param("reason", relief.reason())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** What each cell collected in the month, by the days the payments were made. */
  Map<Long, Long> collected(Collection<Long> cells, YearMonth month) {
    return sums(
        """
        select cell_id as id, sum(amount) as total from dues_payment
        where cell_id = any(:ids) and paid_on between :first and :last group by cell_id
        """,
        cells,
        month);
  }

  /** What each organisation remitted for the month. */
  Map<Long, Long> remitted(Collection<Long> organizations, YearMonth month) {
    return sums(
        """
        select organization_id as id, sum(amount) as total from dues_remittance
        where organization_id = any(:ids) and month = :first group by organization_id
        """,
        organizations,
        month);
  }

  private Map<Long, Long> sums(String sql, Collection<Long> ids, YearMonth month) {
    var found = new HashMap<Long, Long>();
    jdbc.sql(sql)
        .param("ids", ids.toArray(Long[]::new))
        .param("first", month.atDay(1))
        .param("last", month.atEndOfMonth())
        .query((RowCallbackHandler) rs -> found.put(rs.getLong("id"), rs.getLong("total")));
    return found;
  }

  long addRemittance(
      long organizationId,
      YearMonth month,
      long amount,
      LocalDate on,
      String reference,
      String by) {
    return jdbc.sql(
            """
            insert into dues_remittance (organization_id, month, amount, remitted_on, reference,
              entered_by)
            values (:org, :month, :amount, :on, :reference, :by) returning id
            """)
        .param("org", organizationId)
        .param("month", month.atDay(1))
        .param("amount", amount)
        .param("on", on)
        .param("reference", reference)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  /** The region recorded for the organisation itself on the day, if any. */
  Optional<WageRegion> regionOn(long organizationId, LocalDate day) {
    return jdbc.sql(
            """
            select effective_from, region, legal_basis, unconfirmed from wage_region
            where organization_id = :org and effective_from <= :day
            order by effective_from desc limit 1
            """)
        .param("org", organizationId)
        .param("day", day)
        .query(
            (rs, n) ->
                new WageRegion(
                    rs.getObject("effective_from", LocalDate.class),
                    rs.getInt("region"),
                    rs.getString("legal_basis"),
                    rs.getBoolean("unconfirmed")))
        .optional();
  }
}
