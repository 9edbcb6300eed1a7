package vn.dangbo.records;

import java.util.ArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangbo.protection.PersonalData;
import vn.dangbo.protection.SealedRecords;
import vn.dangbo.shared.AuditInBulk;

/**
 * The values of a correction proposal (the old value and the one proposed: an address, a phone, an
 * occupation) are sealed like the record they would correct. A batch takes whole proposals, so no
 * proposal's changes are split between two batches.
 */
@Component
class CorrectionSealing implements SealedRecords {

  private final JdbcClient jdbc;
  private final PersonalData personalData;

  CorrectionSealing(JdbcClient jdbc, PersonalData personalData) {
    this.jdbc = jdbc;
    this.personalData = personalData;
  }

  @Override
  public String table() {
    return "correction_change";
  }

  @Override
  public Batch resealAfter(long afterId, int limit) {
    var proposals = new ArrayList<Long>();
    var fields = new ArrayList<String>();
    var olds = new ArrayList<String>();
    var news = new ArrayList<String>();
    long[] last = {-1};
    int[] looked = {0};
    jdbc.sql(
            """
            select proposal_id, field, old_value, new_value from correction_change
            where proposal_id in (select distinct proposal_id from correction_change
                                  where proposal_id > :after order by proposal_id limit :limit)
            order by proposal_id
            for update
            """)
        .param("after", afterId)
        .param("limit", limit)
        .query(
            rs -> {
              last[0] = rs.getLong("proposal_id");
              looked[0]++;
              String old = rs.getString("old_value");
              String proposed = rs.getString("new_value");
              if (!personalData.isCurrent(old) || !personalData.isCurrent(proposed)) {
                proposals.add(rs.getLong("proposal_id"));
                fields.add(rs.getString("field"));
                olds.add(personalData.resealed(old));
                news.add(personalData.resealed(proposed));
              }
            });
    if (!proposals.isEmpty()) {
      var update =
          jdbc.sql(
                  """
                  update correction_change c set old_value = v.old_value, new_value = v.new_value
                  from unnest(cast(:proposals as bigint[]), cast(:fields as text[]),
                              cast(:olds as text[]), cast(:news as text[]))
                       as v(proposal_id, field, old_value, new_value)
                  where c.proposal_id = v.proposal_id and c.field = v.field
                  """)
              .param("proposals", proposals.toArray(Long[]::new))
              .param("fields", fields.toArray(String[]::new))
              .param("olds", olds.toArray(String[]::new))
              .param("news", news.toArray(String[]::new));
      AuditInBulk.around(jdbc, SealedRecords.AUDITED_AS, update::update);
    }
    return looked[0] == 0 ? Batch.none() : new Batch(last[0], looked[0], proposals.size());
  }
}
