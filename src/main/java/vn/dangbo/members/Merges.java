package vn.dangbo.members;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.identity.OrganizationScope;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.shared.NotFoundException;
import vn.dangbo.shared.RefusedException;

/** Merging two records of the same person into one, keeping both histories. */
@Service
public class Merges {

  private final JdbcClient jdbc;
  private final Members members;
  private final PersonalData personalData;

  Merges(JdbcClient jdbc, Members members, PersonalData personalData) {
    this.jdbc = jdbc;
    this.members = members;
    this.personalData = personalData;
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
            update member set citizen_id = null, citizen_id_lookup = null, party_card_number = null
            where id = :duplicate
            """)
        .param("duplicate", duplicateId)
        .update();
    var from = duplicate.record();
    jdbc.sql(
            """
            update member set
              citizen_id_lookup = case when citizen_id is null then :lookup else citizen_id_lookup end,
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
        .param("citizenId", personalData.seal(from.citizenId()))
        .param("lookup", personalData.lookup(from.citizenId()))
        .param("card", from.partyCardNumber())
        .param("otherNames", from.otherNames())
        .param("phone", personalData.seal(from.phone()))
        .param("birthPlace", from.birthPlace())
        .param("homeTown", from.homeTown())
        .param("residence", personalData.seal(from.residence()))
        .param("decisionDate", from.admissionDecisionDate())
        .param("ceremonyDate", from.admissionCeremonyDate())
        .param("kept", keptId)
        .update();
    jdbc.sql("delete from member where id = :duplicate").param("duplicate", duplicateId).update();
  }
}
