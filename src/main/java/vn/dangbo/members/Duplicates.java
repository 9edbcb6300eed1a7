package vn.dangbo.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.PersonName;
import vn.dangbo.shared.RefusedException;

/**
 * Records that may be the same person: by citizen ID, or by name and day of birth; the party cards
 * already on a record. Shown before a record is saved, refused when certain (the same citizen ID).
 */
@Service
public class Duplicates {

  private final JdbcClient jdbc;
  private final PersonalData personalData;

  Duplicates(JdbcClient jdbc, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
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
              select id, 'CITIZEN_ID' as reason from member where citizen_id_lookup = :lookup
              union all
              select id, 'NAME_AND_BIRTH_DATE' from member
              where split_part(search_key, ' | ', 1) = :key and birth_date = :birth
            ) d join member m on m.id = d.id
            where m.id <> :except
            order by m.id, d.reason
            """)
        .param("lookup", personalData.lookup(record.citizenId()))
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
    var byLookup = new HashMap<String, Integer>();
    var byNameAndBirth = new HashMap<String, Integer>();
    for (int i = 0; i < records.size(); i++) {
      var record = records.get(i);
      if (record.citizenId() != null) {
        byLookup.putIfAbsent(personalData.lookup(record.citizenId()), i);
      }
      byNameAndBirth.putIfAbsent(
          PersonName.searchKey(record.fullName()) + "|" + record.birthDate(), i);
    }
    jdbc.sql(
            """
            select m.id, m.full_name, m.citizen_id_lookup,
              organization_name(m.cell_id) as cell_name
            from member m where m.citizen_id_lookup = any(:ids)
            """)
        .param("ids", byLookup.keySet().toArray(String[]::new))
        .query(
            rs -> {
              result.putIfAbsent(
                  byLookup.get(rs.getString("citizen_id_lookup")),
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

  /** Refuses a record whose citizen ID is taken, or that may be someone else unless confirmed. */
  void requireNone(MemberRecord record, Long exceptId, boolean confirmed) {
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
}
