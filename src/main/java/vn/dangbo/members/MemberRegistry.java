package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.accounts.AccountAdministration;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.organization.Places;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.rules.WorkingDayCalendar;
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
  private final Organizations organizations;
  private final RuleBook rules;
  private final WorkingDayCalendar calendar;
  private final ApplicationEventPublisher events;
  private final AccountAdministration accounts;
  private final Clock clock;

  MemberRegistry(
      JdbcClient jdbc,
      DataSource dataSource,
      Members members,
      Organizations organizations,
      Places places,
      RuleBook rules,
      WorkingDayCalendar calendar,
      ApplicationEventPublisher events,
      AccountAdministration accounts,
      Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.members = members;
    this.organizations = organizations;
    this.places = places;
    this.rules = rules;
    this.calendar = calendar;
    this.events = events;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * Records that could be the same person as a form being filled in; none while its name or citizen
   * ID cannot be read yet (the form then says what is wrong).
   */
  @Transactional(readOnly = true)
  public List<PossibleDuplicate> possibleDuplicatesWhileTyping(
      java.util.function.Supplier<MemberRecord> record) {
    try {
      return possibleDuplicates(record.get(), null);
    } catch (RefusedException unreadable) {
      // a name or citizen ID that cannot be read yet matches nobody; the form says what is wrong
      return List.of();
    }
  }

  /** Records that could be the same person, to show before saving. */
  @Transactional(readOnly = true)
  public List<PossibleDuplicate> possibleDuplicates(MemberRecord record, Long exceptId) {
    return jdbc.sql(
            """
            select distinct on (m.id) m.id, m.full_name,
              organization_name(m.cell_id) as cell_name,
              d.reason
            from (
              select id, 'CITIZEN_ID' as reason from member where citizen_id = :citizenId
              union all
              select id, 'NAME_AND_BIRTH_DATE' from member
              where split_part(search_key, ' | ', 1) = :key and birth_date = :birth
            ) d join member m on m.id = d.id
            where m.id <> :except
            order by m.id, d.reason
            """)
        .param("citizenId", record.citizenId())
        .param("key", PersonName.searchKey(record.fullName()))
        .param("birth", record.birthDate())
        .param("except", exceptId == null ? -1L : exceptId)
        .query(
            (rs, n) ->
                new PossibleDuplicate(
                    rs.getLong("id"),
                    rs.getString("full_name"),
                    rs.getString("cell_name"),
                    rs.getString("reason")))
        .list();
  }

  /**
   * The possible duplicates of many records at once (an import), in two set-based queries instead
   * of one per record: by position in the list, the first existing record each may duplicate.
   */
  @Transactional(readOnly = true)
  public Map<Integer, PossibleDuplicate> possibleDuplicatesAmong(List<MemberRecord> records) {
    var result = new HashMap<Integer, PossibleDuplicate>();
    var byCitizenId = new HashMap<String, Integer>();
    var byNameAndBirth = new HashMap<String, Integer>();
    for (int i = 0; i < records.size(); i++) {
      var record = records.get(i);
      if (record.citizenId() != null) {
        byCitizenId.putIfAbsent(record.citizenId(), i);
      }
      byNameAndBirth.putIfAbsent(
          PersonName.searchKey(record.fullName()) + "|" + record.birthDate(), i);
    }
    jdbc.sql(
            """
            select m.id, m.full_name, m.citizen_id,
              organization_name(m.cell_id) as cell_name
            from member m where m.citizen_id = any(:ids)
            """)
        .param("ids", byCitizenId.keySet().toArray(String[]::new))
        .query(
            rs -> {
              result.putIfAbsent(
                  byCitizenId.get(rs.getString("citizen_id")),
                  new PossibleDuplicate(
                      rs.getLong("id"),
                      rs.getString("full_name"),
                      rs.getString("cell_name"),
                      "CITIZEN_ID"));
            });
    var keys = new ArrayList<String>();
    var births = new ArrayList<String>();
    byNameAndBirth
        .keySet()
        .forEach(
            k -> {
              keys.add(k.substring(0, k.lastIndexOf('|')));
              births.add(k.substring(k.lastIndexOf('|') + 1));
            });
    jdbc.sql(
            """
            select m.id, m.full_name, u.k, u.b,
              organization_name(m.cell_id) as cell_name
            from unnest(cast(:keys as text[]), cast(:births as date[])) as u(k, b)
            join member m on split_part(m.search_key, ' | ', 1) = u.k and m.birth_date = u.b
            """)
        .param("keys", keys.toArray(String[]::new))
        .param("births", births.toArray(String[]::new))
        .query(
            rs -> {
              result.putIfAbsent(
                  byNameAndBirth.get(rs.getString("k") + "|" + rs.getObject("b", LocalDate.class)),
                  new PossibleDuplicate(
                      rs.getLong("id"),
                      rs.getString("full_name"),
                      rs.getString("cell_name"),
                      "NAME_AND_BIRTH_DATE"));
            });
    return result;
  }

  /** Which of these party card numbers are already on a member's record. */
  @Transactional(readOnly = true)
  public Set<String> partyCardsInUse(Collection<String> cards) {
    if (cards.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        jdbc.sql("select party_card_number from member where party_card_number = any(:cards)")
            .param("cards", cards.toArray(String[]::new))
            .query(String.class)
            .list());
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
    requireNoDuplicate(record, null, confirmedNotDuplicate);
    LocalDate officialDate =
        status == MemberStatus.PROBATIONARY ? null : probationEnd(record.admissionCeremonyDate());
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
    recordChange(
        new Entry(id, arrival, record.cellId(), null, status, since, null, decision, null), by);
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
        requireCell(record.cellId(), scope);
      }
      if (opening.status() != MemberStatus.PROBATIONARY && opening.officialDate() == null) {
        officialDates.computeIfAbsent(record.admissionCeremonyDate(), this::probationEnd);
      }
    }
    long lastIdBefore =
        jdbc.sql("select coalesce(max(id), 0) from member").query(Long.class).single();
    // the audit trail keeps one line for the statement (who, when, the new keys) instead of every
    // row's contents, which stay in the table until their first change (migration V24)
    auditInBulk("import");
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
    auditInBulk("");
    return openings.size();
  }

  private void auditInBulk(String what) {
    jdbc.sql("select set_config('dangbo.audit.bulk', :what, true)")
        .param("what", what)
        .query(String.class)
        .single();
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
    requireNoDuplicate(record, id, confirmedNotDuplicate);
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
                  citizen_id = :citizen_id, old_id_number = :old_id_number,
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

  /**
   * Changes the member's status from a day on, through a decision. Refused when the change is not
   * allowed from the current status, dated before the last change, or (for recognition as official)
   * before probation has ended; the member then becomes official on the exact day probation ends,
   * even if the decision came later.
   */
  @Transactional
  public void changeStatus(
      long id,
      int version,
      MemberStatus to,
      LocalDate on,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    changeStatus(id, version, to, on, null, decision, reason, scope, by);
  }

  /**
   * Changes the status as above; {@code until} is the day a temporary status (attached elsewhere or
   * here, temporarily exempted) is due to end, and is refused for any other status.
   */
  @Transactional
  public void changeStatus(
      long id,
      int version,
      MemberStatus to,
      LocalDate on,
      LocalDate until,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    var member =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(member.record().cellId());
    if (to == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    if (!member.status().next().contains(to)) {
      throw new RefusedException("member.refused.transition", member.status(), to);
    }
    requireDateInOrder(id, on);
    PartyDates.requireSinceFounding("decision", decision);
    if (until != null && (!to.temporary() || !until.isAfter(on))) {
      throw new RefusedException("member.refused.until");
    }
    if (to == MemberStatus.ATTACHED_ELSEWHERE && until != null) {
      requireAttachmentLength(on, until);
    }
    requireShort(reason);
    LocalDate officialDate = member.officialDate();
    LocalDate effective = on;
    if (member.status() == MemberStatus.PROBATIONARY && to == MemberStatus.OFFICIAL) {
      LocalDate ceremony = member.record().admissionCeremonyDate();
      if (ceremony == null) {
        throw new RefusedException("member.refused.ceremonyMissing");
      }
      var rule = rules.at(ceremony, RuleKey.PROBATION_MONTHS);
      LocalDate probationEnds = ceremony.plusMonths(rule.asInt());
      if (on.isBefore(probationEnds)) {
        throw new RefusedException(
            "member.refused.probationNotOver", probationEnds, rule.asInt(), rule.legalBasis());
      }
      officialDate = probationEnds;
      // official from the exact end of probation, even when the decision comes later (Điều lệ
      // Đảng, Điều 5); the decision keeps its own day. Only a change recorded after that end (a
      // move during the wait) keeps the history from going back to it.
      LocalDate last = lastChangeOn(id);
      if (last == null || !last.isAfter(probationEnds)) {
        effective = probationEnds;
        if (decision != null && decision.date() == null) {
          decision = new DecisionRef(decision.number(), on, decision.issuer());
        }
      }
    }
    int updated =
        jdbc.sql(
                """
                update member set status = :status, status_since = :on, official_date = :official,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("status", to.name())
            .param("on", effective)
            .param("official", officialDate)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "member " + id + " changed since version " + version);
    }
    recordChange(
        new Entry(
            id,
            ChangeKind.STATUS,
            member.record().cellId(),
            member.status(),
            to,
            effective,
            until,
            decision,
            reason),
        by);
  }

  /**
   * Moves a member to another cell under the same committee (chuyển sinh hoạt nội bộ) from a day,
   * on a decision; the status stays, the history says where the member was when. The user must
   * manage both cells.
   */
  @Transactional
  public void move(
      long id,
      int version,
      Long toCellId,
      LocalDate on,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    var member =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(member.record().cellId());
    if (toCellId == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    if (member.status().ended()) {
      throw new RefusedException("member.refused.moveEnded", member.status());
    }
    if (toCellId == member.record().cellId()) {
      throw new RefusedException("member.refused.sameCell");
    }
    requireCell(toCellId, scope);
    requireDateInOrder(id, on);
    requireShort(reason);
    placeIn(id, version, toCellId, member.status(), member.statusSince());
    recordChange(
        new Entry(
            id,
            ChangeKind.MOVE,
            toCellId,
            member.status(),
            member.status(),
            on,
            null,
            decision,
            reason),
        by);
  }

  /**
   * Receives a member transferred out of another cell (tiếp nhận đảng viên chuyển đến), found by
   * the citizen ID on the introduction letter: the same record continues in the receiving cell, as
   * a probationary member if they left on probation and as an official member otherwise. When the
   * letter is presented later than the rules allow, the reason must be recorded.
   */
  @Transactional
  public long receive(
      String citizenId,
      Long toCellId,
      LocalDate on,
      DecisionRef decision,
      String reason,
      OrganizationScope scope,
      String by) {
    var awaited =
        members
            .awaitingTransfer(citizenId, scope)
            .orElseThrow(() -> new RefusedException("member.refused.noTransferAwaited"));
    if (toCellId == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    requireCell(toCellId, scope);
    long id = awaited.memberId();
    requireDateInOrder(id, on);
    requireShort(reason);
    var history = members.history(id);
    var left = history.get(history.size() - 1);
    LocalDate presentBy = transferPresentBy(left.effectiveOn());
    if (on.isAfter(presentBy) && (reason == null || reason.isBlank())) {
      throw new RefusedException("member.refused.lateTransferReason", presentBy);
    }
    MemberStatus arriving =
        left.from() == MemberStatus.PROBATIONARY
            ? MemberStatus.PROBATIONARY
            : MemberStatus.OFFICIAL;
    placeIn(id, awaited.version(), toCellId, arriving, on);
    recordChange(
        new Entry(
            id,
            ChangeKind.TRANSFER_IN,
            toCellId,
            MemberStatus.TRANSFERRED_OUT,
            arriving,
            on,
            null,
            decision,
            reason),
        by);
    return id;
  }

  /** Puts the member in the cell with the status; their account, if any, follows them. */
  private void placeIn(
      long id, int version, long cellId, MemberStatus status, LocalDate statusSince) {
    int updated =
        jdbc.sql(
                """
                update member set cell_id = :cell, status = :status, status_since = :since,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("cell", cellId)
            .param("status", status.name())
            .param("since", statusSince)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "member " + id + " changed since version " + version);
    }
    accounts.followMember(id, cellId);
  }

  /**
   * Merges a duplicate record into the one kept: the duplicate's status history moves to the kept
   * record (marked as coming from it), fields missing on the kept record are filled from the
   * duplicate, and the duplicate is stored whole in {@code member_merge} before it is removed.
   */
  @Transactional
  public void merge(long keptId, long duplicateId, OrganizationScope scope, String by) {
    if (keptId == duplicateId) {
      throw new RefusedException("member.refused.mergeSelf");
    }
    var kept =
        members.find(keptId, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    var duplicate =
        members
            .find(duplicateId, scope)
            .orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(kept.record().cellId());
    scope.requireManager(duplicate.record().cellId());
    jdbc.sql(
            """
            insert into member_merge (kept_id, merged_id, merged_record, merged_by)
            select :kept, m.id, to_jsonb(m), :by from member m where m.id = :duplicate
            """)
        .param("kept", keptId)
        .param("duplicate", duplicateId)
        .param("by", by)
        .update();
    jdbc.sql(
            """
            update member_status_change set member_id = :kept,
              reason = concat_ws(' · ', reason, 'từ hồ sơ trùng #' || :duplicate)
            where member_id = :duplicate
            """)
        .param("kept", keptId)
        .param("duplicate", duplicateId)
        .update();
    jdbc.sql(
            """
            update member set citizen_id = null, party_card_number = null where id = :duplicate
            """)
        .param("duplicate", duplicateId)
        .update();
    var from = duplicate.record();
    jdbc.sql(
            """
            update member set
              citizen_id = coalesce(citizen_id, :citizenId),
              party_card_number = coalesce(party_card_number, :card),
              other_names = coalesce(other_names, :otherNames),
              phone = coalesce(phone, :phone),
              birth_place = coalesce(birth_place, :birthPlace),
              home_town = coalesce(home_town, :homeTown),
              residence = coalesce(residence, :residence),
              admission_decision_date = coalesce(admission_decision_date, :decisionDate),
              admission_ceremony_date = coalesce(admission_ceremony_date, :ceremonyDate),
              version = version + 1
            where id = :kept
            """)
        .param("citizenId", from.citizenId())
        .param("card", from.partyCardNumber())
        .param("otherNames", from.otherNames())
        .param("phone", from.phone())
        .param("birthPlace", from.birthPlace())
        .param("homeTown", from.homeTown())
        .param("residence", from.residence())
        .param("decisionDate", from.admissionDecisionDate())
        .param("ceremonyDate", from.admissionCeremonyDate())
        .param("kept", keptId)
        .update();
    jdbc.sql("delete from member where id = :duplicate").param("duplicate", duplicateId).update();
  }

  /** The facts derived from the member's record and history on the day. */
  @Transactional(readOnly = true)
  public MemberFacts facts(Member member, LocalDate on) {
    var age =
        PartyAge.of(member.record().admissionDecisionDate(), members.history(member.id()), on);
    var badge = nextBadge(member, age, rules.at(on, RuleKey.BADGE_MILESTONES_YEARS).asInts());
    LocalDate probationEnds = null;
    Long daysLeft = null;
    if (member.status() == MemberStatus.PROBATIONARY) {
      probationEnds = probationEnd(member.record().admissionCeremonyDate());
      daysLeft = probationEnds == null ? null : ChronoUnit.DAYS.between(on, probationEnds);
    }
    LocalDate completeBy = null;
    LocalDate presentBy = null;
    if (member.status() == MemberStatus.TRANSFERRED_OUT) {
      LocalDate since = member.statusSince();
      completeBy =
          calendar.workingDaysAfter(
              since, rules.at(since, RuleKey.TRANSFER_COMPLETE_WORKING_DAYS).asInt());
      presentBy = transferPresentBy(since);
    }
    LocalDate temporaryUntil = null;
    if (member.status().temporary()) {
      var history = members.history(member.id());
      temporaryUntil = history.isEmpty() ? null : history.get(history.size() - 1).until();
    }
    return new MemberFacts(
        on,
        age,
        badge == null ? null : badge.years(),
        badge == null ? null : badge.dueOn(),
        probationEnds,
        daysLeft,
        member.status().countedInCellTotal(),
        completeBy,
        presentBy,
        temporaryUntil);
  }

  /** The day a member who left on {@code since} must present the letter in the new cell. */
  private LocalDate transferPresentBy(LocalDate since) {
    return calendar.workingDaysAfter(
        since, rules.at(since, RuleKey.TRANSFER_PRESENT_WORKING_DAYS).asInt());
  }

  /**
   * The members in scope who reach a badge milestone during the year, by due date: the list the
   * committee prepares for the award days.
   */
  @Transactional(readOnly = true)
  public List<BadgeDue> badgesDueIn(int year, OrganizationScope scope) {
    LocalDate first = LocalDate.of(year, 1, 1);
    var milestones = rules.at(first, RuleKey.BADGE_MILESTONES_YEARS).asInts();
    var candidates =
        members.all(MemberQuery.all(), scope).stream()
            .filter(m -> m.record().admissionDecisionDate() != null)
            .toList();
    var histories = members.histories(candidates.stream().map(Member::id).toList());
    var due = new ArrayList<BadgeDue>();
    for (var member : candidates) {
      var age =
          PartyAge.of(
              member.record().admissionDecisionDate(),
              histories.getOrDefault(member.id(), List.of()),
              first);
      var badge = nextBadge(member, age, milestones);
      if (badge != null && badge.dueOn().getYear() == year) {
        due.add(badge);
      }
    }
    due.sort(Comparator.comparing(BadgeDue::dueOn));
    return due;
  }

  /** The first milestone the member has not reached, for members still in the Party. */
  private static BadgeDue nextBadge(Member member, PartyAge age, List<Integer> milestones) {
    if (member.record().admissionDecisionDate() == null || member.status().ended()) {
      return null;
    }
    return milestones.stream()
        .filter(years -> years * 12L > age.months())
        .findFirst()
        .map(
            years ->
                new BadgeDue(
                    member, years, age.reaches(member.record().admissionDecisionDate(), years)))
        .orElse(null);
  }

  /** The end of probation: the ceremony plus the probation length in force on that day. */
  private LocalDate probationEnd(LocalDate ceremony) {
    return ceremony == null
        ? null
        : ceremony.plusMonths(rules.at(ceremony, RuleKey.PROBATION_MONTHS).asInt());
  }

  private void check(MemberRecord record, OrganizationScope scope) {
    record.check(LocalDate.now(clock));
    requireCell(record.cellId(), scope);
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

  /** A cell that exists today and that the user manages. */
  private void requireCell(long cellId, OrganizationScope scope) {
    scope.requireManager(cellId);
    var cell =
        organizations
            .findOn(cellId, LocalDate.now(clock), scope)
            .orElseThrow(() -> new RefusedException("member.refused.cellMissing"));
    if (!cell.isCell()) {
      throw new RefusedException("member.refused.notACell");
    }
  }

  /** A new history entry may not predate the last one, nor be in the future. */
  private void requireDateInOrder(long id, LocalDate on) {
    PartyDates.requireSinceFounding("on", on);
    LocalDate last = lastChangeOn(id);
    if ((last != null && on.isBefore(last)) || on.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("member.refused.statusDateOrder", last);
    }
  }

  /** A temporary attachment elsewhere lasts as long as the rules allow, naming the rule. */
  private void requireAttachmentLength(LocalDate on, LocalDate until) {
    var min = rules.at(on, RuleKey.TEMPORARY_ATTACHMENT_MIN_MONTHS);
    var max = rules.at(on, RuleKey.TEMPORARY_ATTACHMENT_MAX_MONTHS);
    if (until.isBefore(on.plusMonths(min.asInt()))) {
      throw min.refusal("member.refused.attachmentShort", day(until));
    }
    if (until.isAfter(on.plusMonths(max.asInt()))) {
      throw max.refusal("member.refused.attachmentLong", day(until));
    }
  }

  private static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /** The day of the member's last recorded change (null when none is recorded). */
  private LocalDate lastChangeOn(long id) {
    return jdbc.sql("select max(effective_on) from member_status_change where member_id = :id")
        .param("id", id)
        .query(LocalDate.class)
        .single();
  }

  private static void requireShort(String reason) {
    if (reason != null && reason.length() > 1000) {
      throw new RefusedException("member.refused.tooLong");
    }
  }

  private void requireNoDuplicate(MemberRecord record, Long exceptId, boolean confirmed) {
    var duplicates = possibleDuplicates(record, exceptId);
    boolean sameCitizenId = duplicates.stream().anyMatch(d -> d.reason().equals("CITIZEN_ID"));
    if (sameCitizenId) {
      throw new RefusedException("member.refused.citizenIdTaken", record.citizenId());
    }
    if (!duplicates.isEmpty() && !confirmed) {
      throw new RefusedException(
          "member.refused.possibleDuplicate",
          duplicates.get(0).fullName(),
          duplicates.get(0).cellName());
    }
  }

  /** A history entry about to be written. */
  private record Entry(
      long memberId,
      ChangeKind kind,
      long cellId,
      MemberStatus from,
      MemberStatus to,
      LocalDate on,
      LocalDate until,
      DecisionRef decision,
      String reason) {}

  private void recordChange(Entry entry, String by) {
    var ref = entry.decision() == null ? DecisionRef.NONE : entry.decision();
    jdbc.sql(
            """
            insert into member_status_change (member_id, kind, cell_id, from_status, to_status,
              effective_on, until_date, decision_number, decision_date, decision_issuer, reason,
              entered_by)
            values (:id, :kind, :cell, :from, :to, :on, :until, :number, :date, :issuer, :reason,
              :by)
            """)
        .param("id", entry.memberId())
        .param("kind", entry.kind().name())
        .param("cell", entry.cellId())
        .param("from", entry.from() == null ? null : entry.from().name())
        .param("to", entry.to().name())
        .param("on", entry.on())
        .param("until", entry.until())
        .param("number", ref.number())
        .param("date", ref.date())
        .param("issuer", ref.issuer())
        .param("reason", entry.reason())
        .param("by", by)
        .update();
    events.publishEvent(
        new MemberStatusChanged(
            entry.memberId(), entry.cellId(), entry.from(), entry.to(), entry.on(), ref, by));
  }

  /** The name's key first, then the other names' key: "hang a thai | a thai". */
  static String searchKey(MemberRecord r) {
    String key = PersonName.searchKey(r.fullName());
    return r.otherNames() == null ? key : key + " | " + PersonName.searchKey(r.otherNames());
  }

  /** The record's columns in {@code member}, by name. */
  private static Map<String, Object> columns(MemberRecord r) {
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
    values.put("residence", r.residence());
    values.put("ethnicity_code", r.ethnicityCode());
    values.put("religion", r.religion());
    values.put("general_education", r.generalEducation());
    values.put("education_note", r.educationNote());
    values.put("professional_qualification", r.professionalQualification());
    values.put("political_theory", r.politicalTheory() == null ? null : r.politicalTheory().name());
    values.put("occupation", r.occupation());
    values.put("citizen_id", r.citizenId());
    values.put("old_id_number", r.oldIdNumber());
    values.put("party_card_number", r.partyCardNumber());
    values.put("phone", r.phone());
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
  private static Map<String, Object> opened(
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
