package vn.dangbo.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.organization.OrganizationScope;
import vn.dangbo.organization.Organizations;
import vn.dangbo.rules.RuleBook;
import vn.dangbo.rules.RuleKey;
import vn.dangbo.shared.DecisionRef;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.RefusedException;

/**
 * Keeping members' records: opening one, correcting it, and changing a member's status through a
 * decision. Each is one transaction; nothing is half-saved.
 */
@Service
public class MemberRegistry {

  private static final String INSERT =
      """
      insert into member (full_name, other_names, search_key, sex, birth_date, birth_place,
        home_town, residence, ethnicity_code, religion, general_education, education_note,
        professional_qualification, political_theory, occupation, citizen_id,
        party_card_number, phone, cell_id, home_place_id, admission_decision_date,
        admission_ceremony_date, official_date, youth_union, militia, teacher,
        health_worker, status, status_since, created_by)
      values (:fullName, :otherNames, :searchKey, :sex, :birthDate, :birthPlace,
        :homeTown, :residence, :ethnicity, :religion, :generalEducation, :educationNote,
        :qualification, :theory, :occupation, :citizenId, :card, :phone, :cell, :place,
        :decisionDate, :ceremonyDate, :officialDate, :youthUnion, :militia, :teacher,
        :healthWorker, :status, :since, :by)
      """;

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final Members members;
  private final Organizations organizations;
  private final RuleBook rules;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MemberRegistry(
      JdbcClient jdbc,
      DataSource dataSource,
      Members members,
      Organizations organizations,
      RuleBook rules,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.members = members;
    this.organizations = organizations;
    this.rules = rules;
    this.events = events;
    this.clock = clock;
  }

  /** Records that could be the same person, to show before saving. */
  @Transactional(readOnly = true)
  public List<PossibleDuplicate> possibleDuplicates(MemberRecord record, Long exceptId) {
    return jdbc.sql(
            """
            select distinct on (m.id) m.id, m.full_name,
              (select v.name from organization_version v where v.organization_id = m.cell_id
                 order by v.valid_from desc limit 1) as cell_name,
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
              (select v.name from organization_version v where v.organization_id = m.cell_id
                 order by v.valid_from desc limit 1) as cell_name
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
              (select v.name from organization_version v where v.organization_id = m.cell_id
                 order by v.valid_from desc limit 1) as cell_name
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
    check(record, scope);
    if (status == null || !MemberStatus.initial().contains(status)) {
      throw new RefusedException("member.refused.initialStatus");
    }
    if (since == null || since.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("member.refused.statusDate");
    }
    requireNoDuplicate(record, null, confirmedNotDuplicate);
    LocalDate officialDate =
        status == MemberStatus.PROBATIONARY ? null : probationEnd(record.admissionCeremonyDate());
    long id =
        jdbc.sql(INSERT + " returning id")
            .params(columns(record))
            .param("officialDate", officialDate)
            .param("status", status.name())
            .param("since", since)
            .param("by", by)
            .query(Long.class)
            .single();
    recordChange(id, record.cellId(), null, status, since, decision, null, by);
    return id;
  }

  /** A record to open in a batch (an import), with its first status. */
  public record Opening(MemberRecord record, MemberStatus status, LocalDate since) {}

  /**
   * Opens many records in one transaction, as an import does after its dry run found no problem:
   * each record is checked again, but cells and rules are looked up once and rows are written in
   * batches. Every record gets its first status-history entry, as {@link #open} does.
   */
  @Transactional
  public int openAll(List<Opening> openings, OrganizationScope scope, String by) {
    LocalDate today = LocalDate.now(clock);
    var checkedCells = new HashSet<Long>();
    var officialDates = new HashMap<LocalDate, LocalDate>();
    var batch = new ArrayList<Map<String, Object>>();
    for (var opening : openings) {
      var record = opening.record();
      if (checkedCells.add(record.cellId())) {
        check(record, scope);
      } else {
        record.check(today);
      }
      if (!MemberStatus.initial().contains(opening.status())) {
        throw new RefusedException("member.refused.initialStatus");
      }
      LocalDate ceremony = record.admissionCeremonyDate();
      LocalDate officialDate =
          opening.status() == MemberStatus.PROBATIONARY || ceremony == null
              ? null
              : officialDates.computeIfAbsent(ceremony, this::probationEnd);
      var values = new HashMap<>(columns(record));
      values.put("officialDate", officialDate);
      values.put("status", opening.status().name());
      values.put("since", opening.since());
      values.put("by", by);
      batch.add(values);
    }
    long lastIdBefore =
        jdbc.sql("select coalesce(max(id), 0) from member").query(Long.class).single();
    var template = new NamedParameterJdbcTemplate(dataSource);
    for (int from = 0; from < batch.size(); from += 1000) {
      var chunk = batch.subList(from, Math.min(batch.size(), from + 1000));
      template.batchUpdate(INSERT, SqlParameterSourceUtils.createBatch(chunk.toArray(new Map[0])));
    }
    // the first history entry of every record just written: newer than the last id before, and
    // stamped with this transaction's start (no anti-join, which the planner handles badly on a
    // table that grew within the transaction)
    jdbc.sql(
            """
            insert into member_status_change (member_id, from_status, to_status, effective_on, entered_by)
            select m.id, null, m.status, m.status_since, m.created_by from member m
            where m.id > :lastIdBefore and m.created_at = now() and m.created_by = :by
            """)
        .param("lastIdBefore", lastIdBefore)
        .param("by", by)
        .update();
    return batch.size();
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
    var current =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(current.record().cellId());
    check(record, scope);
    requireNoDuplicate(record, id, confirmedNotDuplicate);
    int updated =
        jdbc.sql(
                """
                update member set full_name = :fullName, other_names = :otherNames,
                  search_key = :searchKey, sex = :sex, birth_date = :birthDate,
                  birth_place = :birthPlace, home_town = :homeTown, residence = :residence,
                  ethnicity_code = :ethnicity, religion = :religion,
                  general_education = :generalEducation, education_note = :educationNote,
                  professional_qualification = :qualification, political_theory = :theory,
                  occupation = :occupation, citizen_id = :citizenId, party_card_number = :card,
                  phone = :phone, cell_id = :cell, home_place_id = :place,
                  admission_decision_date = :decisionDate, admission_ceremony_date = :ceremonyDate,
                  youth_union = :youthUnion, militia = :militia, teacher = :teacher,
                  health_worker = :healthWorker, version = version + 1
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
    var member =
        members.find(id, scope).orElseThrow(() -> new NotFoundException("member.notFound"));
    scope.requireManager(member.record().cellId());
    if (to == null || on == null) {
      throw new RefusedException("member.refused.statusIncomplete");
    }
    if (!member.status().next().contains(to)) {
      throw new RefusedException("member.refused.transition", member.status(), to);
    }
    if (on.isBefore(member.statusSince()) || on.isAfter(LocalDate.now(clock))) {
      throw new RefusedException("member.refused.statusDateOrder", member.statusSince());
    }
    if (reason != null && reason.length() > 1000) {
      throw new RefusedException("member.refused.tooLong");
    }
    LocalDate officialDate = member.officialDate();
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
    }
    int updated =
        jdbc.sql(
                """
                update member set status = :status, status_since = :on, official_date = :official,
                  version = version + 1
                where id = :id and version = :version
                """)
            .param("status", to.name())
            .param("on", on)
            .param("official", officialDate)
            .param("id", id)
            .param("version", version)
            .update();
    if (updated == 0) {
      throw new OptimisticLockingFailureException(
          "member " + id + " changed since version " + version);
    }
    recordChange(id, member.record().cellId(), member.status(), to, on, decision, reason, by);
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
      var calendar = rules.workingDays(since, since.plusYears(1));
      completeBy =
          calendar.plus(since, rules.at(since, RuleKey.TRANSFER_COMPLETE_WORKING_DAYS).asInt());
      presentBy =
          calendar.plus(since, rules.at(since, RuleKey.TRANSFER_PRESENT_WORKING_DAYS).asInt());
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
        presentBy);
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
    scope.requireManager(record.cellId());
    var cell =
        organizations
            .findOn(record.cellId(), LocalDate.now(clock), scope)
            .orElseThrow(() -> new RefusedException("member.refused.cellMissing"));
    if (!cell.isCell()) {
      throw new RefusedException("member.refused.notACell");
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

  private void recordChange(
      long id,
      long cellId,
      MemberStatus from,
      MemberStatus to,
      LocalDate on,
      DecisionRef decision,
      String reason,
      String by) {
    var ref = decision == null ? DecisionRef.NONE : decision;
    jdbc.sql(
            """
            insert into member_status_change (member_id, from_status, to_status, effective_on,
              decision_number, decision_date, decision_issuer, reason, entered_by)
            values (:id, :from, :to, :on, :number, :date, :issuer, :reason, :by)
            """)
        .param("id", id)
        .param("from", from == null ? null : from.name())
        .param("to", to.name())
        .param("on", on)
        .param("number", ref.number())
        .param("date", ref.date())
        .param("issuer", ref.issuer())
        .param("reason", reason)
        .param("by", by)
        .update();
    events.publishEvent(new MemberStatusChanged(id, cellId, from, to, on, ref, by));
  }

  /** The name's key first, then the other names' key: "hang a thai | a thai". */
  static String searchKey(MemberRecord r) {
    String key = PersonName.searchKey(r.fullName());
    return r.otherNames() == null ? key : key + " | " + PersonName.searchKey(r.otherNames());
  }

  private static Map<String, Object> columns(MemberRecord r) {
    var values = new HashMap<String, Object>();
    values.put("fullName", r.fullName());
    values.put("otherNames", r.otherNames());
    values.put(
        "searchKey",
        PersonName.searchKey(r.fullName() + " " + (r.otherNames() == null ? "" : r.otherNames())));
    values.put("sex", r.sex().name());
    values.put("birthDate", r.birthDate());
    values.put("birthPlace", r.birthPlace());
    values.put("homeTown", r.homeTown());
    values.put("residence", r.residence());
    values.put("ethnicity", r.ethnicityCode());
    values.put("religion", r.religion());
    values.put("generalEducation", r.generalEducation());
    values.put("educationNote", r.educationNote());
    values.put("qualification", r.professionalQualification());
    values.put("theory", r.politicalTheory() == null ? null : r.politicalTheory().name());
    values.put("occupation", r.occupation());
    values.put("citizenId", r.citizenId());
    values.put("card", r.partyCardNumber());
    values.put("phone", r.phone());
    values.put("cell", r.cellId());
    values.put("place", r.homePlaceId());
    values.put("decisionDate", r.admissionDecisionDate());
    values.put("ceremonyDate", r.admissionCeremonyDate());
    values.put("youthUnion", r.youthUnion());
    values.put("militia", r.militia());
    values.put("teacher", r.teacher());
    values.put("healthWorker", r.healthWorker());
    return values;
  }
}
