package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.organization.Places;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.shared.AuditInBulk;
import vn.dangbo.shared.AuditReason;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PartyDates;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.RefusedException;

/**
 * Keeping members' records: opening one, correcting it, and changing a member's status through a
 * decision. Each is one transaction; nothing is half-saved.
 */
@Service
public class MemberRegistry {

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final Members members;
  private final Places places;
  private final RuleBook rules;
  private final MemberHistory memberHistory;
  private final Duplicates duplicates;
  private final Clock clock;
  private final PersonalData personalData;

  MemberRegistry(
      JdbcClient jdbc,
      DataSource dataSource,
      Members members,
      Places places,
      RuleBook rules,
      MemberHistory memberHistory,
      Duplicates duplicates,
      Clock clock,
      PersonalData personalData) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.members = members;
    this.places = places;
    this.rules = rules;
    this.memberHistory = memberHistory;
    this.duplicates = duplicates;
    this.clock = clock;
    this.personalData = personalData;
  }

  /**
   * Opens a member's record in an initial status (entered from the paper file, admitted, or
   * attached here), recorded as the first entry of the status history.
   */
  @Transactional
  public long open(
      MemberRecord record,
      MemberStatus status,
      LocalDate since,
      DecisionRef decision,
      boolean confirmedNotDuplicate,
      OrganizationScope scope,
      String by) {
    return open(
        record, status, since, decision, ChangeKind.STATUS, confirmedNotDuplicate, scope, by);
  }

  /**
   * Opens a record as {@link #open} does; {@code arrival} is {@link ChangeKind#TRANSFER_IN} for a
   * member transferred in from an organisation outside dangbo, whose record starts here.
   */
  @Transactional
  public long open(
      MemberRecord record,
      MemberStatus status,
      LocalDate since,
      DecisionRef decision,
      ChangeKind arrival,
      boolean confirmedNotDuplicate,
      OrganizationScope scope,
      String by) {
    check(record, scope);
    requireNameablePlace(record.homePlaceId(), null, scope);
    if (status == null || !MemberStatus.initial().contains(status)) {
      throw new RefusedException("member.refused.initialStatus");
    }
    if (since == null || since.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("member.refused.statusDate");
    }
    PartyDates.requireSinceFounding("since", since);
    PartyDates.requireSinceFounding("decision", decision);
    duplicates.requireNone(record, null, confirmedNotDuplicate);
    LocalDate officialDate =
        status == MemberStatus.PROBATIONARY
            ? null
            : memberHistory.probationEnd(record.admissionCeremonyDate());
    var values = opened(record, status, since, officialDate, by);
    long id =
        jdbc.sql(
                "insert into member ("
                    + String.join(", ", values.keySet())
                    + ") values (:"
                    + String.join(", :", values.keySet())
                    + ") returning id")
            .params(values)
            .query(Long.class)
            .single();
    memberHistory.record(
        new MemberHistory.Entry(
            id, arrival, record.cellId(), null, status, since, null, decision, null),
        by);
    return id;
  }

  /**
   * A record to open in a batch (an import), with its first status; an official member's official
   * date when the file gives it, else null for the end of probation by the rulebook.
   */
  public record Opening(
      MemberRecord record, MemberStatus status, LocalDate since, LocalDate officialDate) {}

  /**
   * Opens many records in one transaction, as an import does after its dry run found no problem:
   * each record is checked again, but cells and rules are looked up once and rows are written in
   * batches. Every record gets its first status-history entry, as {@link #open} does.
   */
  @Transactional
  public int openAll(List<Opening> openings, OrganizationScope scope, String by) {
    LocalDate today = LocalDate.now(clock);
    // what needs the database is looked up before the copy starts, which holds the connection
    var checkedCells = new HashSet<Long>();
    var officialDates = new HashMap<LocalDate, LocalDate>();
    for (var opening : openings) {
      var record = opening.record();
      if (!MemberStatus.initial().contains(opening.status())) {
        throw new RefusedException("member.refused.initialStatus");
      }
      if (checkedCells.add(record.cellId())) {
        memberHistory.requireCell(record.cellId(), scope);
      }
      if (opening.status() != MemberStatus.PROBATIONARY && opening.officialDate() == null) {
        officialDates.computeIfAbsent(record.admissionCeremonyDate(), memberHistory::probationEnd);
      }
    }
    long lastIdBefore =
        jdbc.sql("select coalesce(max(id), 0) from member").query(Long.class).single();
    // the audit trail keeps one line for the statement (who, when, the new keys) instead of every
    // row's contents, which stay in the table until their first change (migration V24)
    return AuditInBulk.around(
        jdbc, "import", () -> copy(openings, today, officialDates, lastIdBefore, by));
  }

  private int copy(
      List<Opening> openings,
      LocalDate today,
      Map<LocalDate, LocalDate> officialDates,
      long lastIdBefore,
      String by) {
    // one COPY, not an insert per batch: each row is checked again and turned into text as it goes
    var rows =
        openings.stream()
            .map(
                opening -> {
                  var record = opening.record();
                  record.check(today);
                  LocalDate officialDate =
                      opening.status() == MemberStatus.PROBATIONARY
                          ? null
                          : opening.officialDate() != null
                              ? opening.officialDate()
                              : officialDates.get(record.admissionCeremonyDate());
                  return opened(record, opening.status(), opening.since(), officialDate, by);
                })
            .iterator();
    new JdbcTemplate(dataSource)
        .execute(
            (ConnectionCallback<Long>) connection -> CopyText.into(connection, "member", rows));
    // the first history entry of every record just written: newer than the last id before, and
    // stamped with this transaction's start (no anti-join, which the planner handles badly on a
    // table that grew within the transaction)
    jdbc.sql(
            """
            insert into member_status_change (member_id, cell_id, from_status, to_status,
              effective_on, entered_by)
            select m.id, m.cell_id, null, m.status, m.status_since, m.created_by from member m
            where m.id > :lastIdBefore and m.created_at = now() and m.created_by = :by
            """)
        .param("lastIdBefore", lastIdBefore)
        .param("by", by)
        .update();
    return openings.size();
  }

  /** Corrects the record; refused when someone else saved it since {@code version} was read. */
  @Transactional
  public void correct(
      long id,
      int version,
      MemberRecord record,
      boolean confirmedNotDuplicate,
      OrganizationScope scope,
      String by) {
    correct(id, version, record, confirmedNotDuplicate, null, scope, by);
  }

  /**
   * Corrects the record as above, with the reason kept in the audit trail. The office of an ended
   * organisation may correct only the records of members admitted before its end, and must give a
   * reason.
   */
  @Transactional
  public void correct(
      long id,
      int version,
      MemberRecord record,
      boolean confirmedNotDuplicate,
      String reason,
      OrganizationScope scope,
      String by) {
    var current =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireCorrector(
        current.record().cellId(), current.record().admissionDecisionDate(), reason);
    AuditReason.give(jdbc, reason);
    if (record.cellId() != current.record().cellId()) {
      throw new RefusedException("member.refused.cellByDecision");
    }
    record.check(LocalDate.now(clock));
    requireNameablePlace(record.homePlaceId(), current.record().homePlaceId(), scope);
    duplicates.requireNone(record, id, confirmedNotDuplicate);
    int updated =
        jdbc.sql(
                """
                update member set full_name = :full_name, other_names = :other_names,
                  search_key = :search_key, sex = :sex, birth_date = :birth_date,
                  birth_place = :birth_place, home_town = :home_town, residence = :residence,
                  ethnicity_code = :ethnicity_code, religion = :religion,
                  general_education = :general_education, education_note = :education_note,
                  professional_qualification = :professional_qualification,
                  political_theory = :political_theory, occupation = :occupation,
                  citizen_id = :citizen_id, citizen_id_lookup = :citizen_id_lookup,
                  old_id_number = :old_id_number,
                  party_card_number = :party_card_number,
                  phone = :phone, cell_id = :cell_id, home_place_id = :home_place_id,
                  admission_decision_date = :admission_decision_date,
                  admission_ceremony_date = :admission_ceremony_date,
                  youth_union = :youth_union, militia = :militia, teacher = :teacher,
                  health_worker = :health_worker, version = version + 1
                where id = :id and version = :version
                """)
            .params(columns(record))
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "member " + id + " changed since version " + version);
    }
  }

  private void check(MemberRecord record, OrganizationScope scope) {
    record.check(LocalDate.now(clock));
    memberHistory.requireCell(record.cellId(), scope);
  }

  /**
   * A home place given or changed must be one the user may name (a record keeping the place it had
   * is not refused for it, even if that place has since closed).
   */
  private void requireNameablePlace(Long placeId, Long before, OrganizationScope scope) {
    if (placeId != null
        && !placeId.equals(before)
        && !places.mayName(placeId, LocalDate.now(clock), scope)) {
      throw new RefusedException("member.refused.homePlace");
    }
  }

  /** The name's key first, then the other names' key: "hang a thai | a thai". */
  static String searchKey(MemberRecord r) {
    String key = PersonName.searchKey(r.fullName());
    return r.otherNames() == null ? key : key + " | " + PersonName.searchKey(r.otherNames());
  }

  /** The record's columns in {@code member}, by name, its personal values sealed. */
  private Map<String, Object> columns(MemberRecord r) {
    var values = new LinkedHashMap<String, Object>();
    values.put("full_name", r.fullName());
    values.put("other_names", r.otherNames());
    values.put(
        "search_key",
        PersonName.searchKey(r.fullName() + " " + (r.otherNames() == null ? "" : r.otherNames())));
    values.put("sex", r.sex().name());
    values.put("birth_date", r.birthDate());
    values.put("birth_place", r.birthPlace());
    values.put("home_town", r.homeTown());
    values.put("residence", personalData.seal(r.residence()));
    values.put("ethnicity_code", r.ethnicityCode());
    values.put("religion", r.religion());
    values.put("general_education", r.generalEducation());
    values.put("education_note", r.educationNote());
    values.put("professional_qualification", r.professionalQualification());
    values.put("political_theory", r.politicalTheory() == null ? null : r.politicalTheory().name());
    values.put("occupation", r.occupation());
    values.put("citizen_id", personalData.seal(r.citizenId()));
    values.put("citizen_id_lookup", personalData.lookup(r.citizenId()));
    values.put("old_id_number", personalData.seal(r.oldIdNumber()));
    values.put("party_card_number", r.partyCardNumber());
    values.put("phone", personalData.seal(r.phone()));
    values.put("cell_id", r.cellId());
    values.put("home_place_id", r.homePlaceId());
    values.put("admission_decision_date", r.admissionDecisionDate());
    values.put("admission_ceremony_date", r.admissionCeremonyDate());
    values.put("youth_union", r.youthUnion());
    values.put("militia", r.militia());
    values.put("teacher", r.teacher());
    values.put("health_worker", r.healthWorker());
    return values;
  }

  /** Every column of a record being opened: the record's, its first status and who opened it. */
  private Map<String, Object> opened(
      MemberRecord record,
      MemberStatus status,
      LocalDate since,
      LocalDate officialDate,
      String by) {
    var values = columns(record);
    values.put("official_date", officialDate);
    values.put("status", status.name());
    values.put("status_since", since);
    values.put("created_by", by);
    return values;
  }
}
